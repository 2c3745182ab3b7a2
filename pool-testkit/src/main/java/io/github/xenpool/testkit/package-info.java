/**
 * QuickTheories generators ({@code org.quicktheories.core.Gen}) of pool-core values, to use in
 * your own property-based tests: feature sets ({@link io.github.xenpool.testkit.FeatureSets}),
 * real CPUs ({@link io.github.xenpool.testkit.Cpus}), heterogeneous CPU families and masking
 * questions ({@link io.github.xenpool.testkit.CpuFamilies}), software of XenServer 5.6 to 6.2 and
 * of later xapi releases ({@link io.github.xenpool.testkit.Softwares}), hosts, pools, and join
 * cases that meet every requirement of the seed and of xapi's checks or break exactly one, or a few
 * ({@link io.github.xenpool.testkit.JoinCases}, {@link io.github.xenpool.testkit.Mutation}), and
 * join cases with one deciding fact unknown ({@link io.github.xenpool.testkit.Blank}). For example
 * tests, {@link io.github.xenpool.testkit.Hosts#known(String, String)} starts a host whose every
 * fact a join rule reads is given: the model's builders leave such facts unknown.
 *
 * <p>Every generator is composed from QuickTheories primitives, so a failing property shrinks to
 * a small pool and few features. Generated values depend only on the random choices behind them
 * (ids are derived, never random), so a run with a fixed seed, {@code qt().withFixedSeed(seed)}
 * or {@code -DQT_SEED=seed}, replays exactly; QuickTheories prints the seed of a failing run.
 */
package io.github.xenpool.testkit;
