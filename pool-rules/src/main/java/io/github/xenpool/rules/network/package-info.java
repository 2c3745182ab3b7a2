/**
 * Rules about the candidate's network: a management interface with a stable address of its own,
 * on the master's VLAN and address family; no bonds, VLANs, tunnels or SR-IOV networks of its own
 * while it joins; and, as xapi compares them, the pool's cluster network, network backend, SDN
 * controller and NBD purposes.
 */
package io.github.xenpool.rules.network;
