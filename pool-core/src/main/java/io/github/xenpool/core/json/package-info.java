/**
 * JSON documents of the model: a pool or a host written as a document that tools in any language
 * can read, and read back into an equal value. The documents follow a JSON Schema shipped with
 * this package ({@link io.github.xenpool.core.json.ModelJson#schema()}).
 */
package io.github.xenpool.core.json;
