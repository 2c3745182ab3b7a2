/**
 * Rules about the candidate's software: the pool's product version, patch level and
 * supplemental packs at the pool's revisions.
 */
package io.github.xenpool.rules.software;
