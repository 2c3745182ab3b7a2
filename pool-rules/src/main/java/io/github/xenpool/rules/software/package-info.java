/**
 * Rules about the candidate's software: the pool's product version, patch level and
 * supplemental packs at the pool's revisions; and xapi's checks of it against the master's:
 * pending update guidance, compatibility, homogeneity, XenAPI version, database schema, updates
 * and patches.
 */
package io.github.xenpool.rules.software;
