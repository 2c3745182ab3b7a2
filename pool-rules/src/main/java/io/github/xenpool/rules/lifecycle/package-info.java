/**
 * How a pool lives, as operations that return new values: create, join, eject, designate a
 * master, a host going down and coming back, emergency transition, HA on and off. Each returns
 * a vavr {@code Either}: the new pool, or a {@link io.github.xenpool.rules.lifecycle.PoolProblem}
 * with a stable code; nothing is ever changed in place.
 */
package io.github.xenpool.rules.lifecycle;
