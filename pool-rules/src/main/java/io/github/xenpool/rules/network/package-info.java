/**
 * Rules about the candidate's management network: a stable address, and no bond while it
 * joins.
 */
package io.github.xenpool.rules.network;
