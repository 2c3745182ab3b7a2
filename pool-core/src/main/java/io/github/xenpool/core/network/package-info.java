/**
 * The network of a host: its management interface, address and how the address is assigned, its
 * other interfaces, and the SDN controller of a pool on Open vSwitch. Pool members need a stable
 * management address.
 */
package io.github.xenpool.core.network;
