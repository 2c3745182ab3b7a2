/**
 * Fleet-scale matching: for each of many standalone hosts, the pools it can join (best first)
 * or the closest ones and what blocks it there, computed through an index of look-alike pools
 * rather than by checking every host against every pool.
 */
package io.github.xenpool.rules.fleet;
