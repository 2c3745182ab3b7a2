/**
 * The management network of a host: its interface, address and how the address is assigned.
 * Pool members need a stable management address.
 */
package io.github.xenpool.core.network;
