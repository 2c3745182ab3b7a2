/**
 * Storage repositories and the servers that provide them. Shared storage is what lets VMs move
 * between pool members.
 */
package io.github.xenpool.core.storage;
