/**
 * Rules about the pool itself and the candidate's membership of pools: pool size, a candidate
 * that already belongs to a pool, and pools without shared storage.
 */
package io.github.xenpool.rules.pool;
