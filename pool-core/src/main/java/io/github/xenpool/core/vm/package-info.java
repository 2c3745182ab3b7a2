/**
 * Virtual machines as a pool join sees them: power state, HVM or PV, and operations in progress.
 * A joining host must have no VM that holds state or is busy.
 */
package io.github.xenpool.core.vm;
