/**
 * Rules about the candidate's VMs: none may hold state on it (running, paused, suspended) and
 * none may have an operation in progress; xapi's own checks of them read every VM record of the
 * joining host's database, templates, snapshots and control domains included.
 */
package io.github.xenpool.rules.vm;
