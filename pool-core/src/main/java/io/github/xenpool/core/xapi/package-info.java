/**
 * Reads what a real XenServer or XCP-ng pool gives its administrator (the xapi database written
 * by {@code xe pool-dump-database}, read by {@link io.github.xenpool.core.xapi.XapiDatabase};
 * XenAPI records over XML-RPC or JSON-RPC, read by {@link io.github.xenpool.core.xapi.XmlRpcRecords}
 * and {@link io.github.xenpool.core.xapi.JsonRpcRecords}; and {@code xe} text) into
 * {@link io.github.xenpool.core.xapi.XapiRecords}, and turns those records into the model's pools
 * and hosts with an {@link io.github.xenpool.core.xapi.ImportReport} of what was read, what is
 * unknown and what was ignored.
 */
package io.github.xenpool.core.xapi;
