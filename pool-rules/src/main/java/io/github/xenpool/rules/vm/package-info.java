/**
 * Rules about the candidate's VMs: none may hold state on it (running, paused, suspended) and
 * none may have an operation in progress.
 */
package io.github.xenpool.rules.vm;
