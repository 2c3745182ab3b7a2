/**
 * CPUs and their feature sets: the {@link io.github.xenpool.core.cpu.FeatureSet} algebra in xapi's
 * featureset format, the catalog that names features, real CPUs to build hosts from, and the
 * rules of CPU masking.
 */
package io.github.xenpool.core.cpu;
