/**
 * A consumer of xenpool's public API, compiled and tested on the module path.
 */
package io.github.xenpool.modulepath;
