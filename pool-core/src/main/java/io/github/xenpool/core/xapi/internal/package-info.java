/**
 * The parsing machinery of the pool data readers; not part of the API, and not exported.
 */
package io.github.xenpool.core.xapi.internal;
