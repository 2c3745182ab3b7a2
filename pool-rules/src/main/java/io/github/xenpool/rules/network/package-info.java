/**
 * Rules about the candidate's management network: a stable address of its own, and no bond
 * while it joins.
 */
package io.github.xenpool.rules.network;
