/**
 * Rules about the pool itself and the candidate's membership of pools: pool size, HA, a candidate
 * that already belongs to a pool or is the pool's master, the state of the pool the candidate
 * heads (HA, clustering, updates), updates in progress, and pools without shared storage.
 */
package io.github.xenpool.rules.pool;
