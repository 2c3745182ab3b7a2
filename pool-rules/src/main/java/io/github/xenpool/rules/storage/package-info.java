/**
 * Rules about storage: a joining host brings no shared SR of its own, and the pool's shared
 * storage servers keep their addresses.
 */
package io.github.xenpool.rules.storage;
