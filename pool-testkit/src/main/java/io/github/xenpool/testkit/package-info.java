/**
 * QuickTheories generators ({@code org.quicktheories.core.Gen}) of pool-core values, to use in
 * your own property-based tests. Every generator is built from QuickTheories primitives, so
 * failures shrink to small values, and runs with a fixed seed replay exactly.
 */
package io.github.xenpool.testkit;
