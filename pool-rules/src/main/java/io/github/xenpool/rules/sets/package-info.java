/**
 * The ready-made rule sets: every pool requirement of a XenServer era, in order, with its
 * default context.
 */
package io.github.xenpool.rules.sets;
