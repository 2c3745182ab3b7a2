/**
 * Rules about CPUs: the vendor, the feature set under the pool's feature mask and CPU masking,
 * the licence masking needs, and hardware virtualization for HVM VMs.
 */
package io.github.xenpool.rules.cpu;
