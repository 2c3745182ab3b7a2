/**
 * Rules about the candidate's clock: in step with the pool master, and kept there by NTP.
 */
package io.github.xenpool.rules.clock;
