/**
 * Rules about licences: a joining host has the pool's edition, and can be given one from a
 * licence server.
 */
package io.github.xenpool.rules.licence;
