/**
 * Rules about licences: a joining host's licence allows pooling and the pool's size, and it has
 * the pool's edition, which a licence server can give it.
 */
package io.github.xenpool.rules.licence;
