/**
 * The software of a host: product version and build, hotfixes and supplemental packs. Pool
 * members run the same version at the same patch level with the same packs.
 */
package io.github.xenpool.core.software;
