/**
 * Rules about storage: a joining host brings no shared SR of its own (xapi's tools SR aside), its
 * storage drivers offer what the pool's do, and the pool's shared storage servers keep their
 * addresses.
 */
package io.github.xenpool.rules.storage;
