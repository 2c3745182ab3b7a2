/**
 * Pools and hosts, the heart of the model: a {@link io.github.xenpool.core.Pool} holds a master and
 * secondaries, each a {@link io.github.xenpool.core.Host}. Every type is an immutable value whose
 * changes return new values.
 */
package io.github.xenpool.core;
