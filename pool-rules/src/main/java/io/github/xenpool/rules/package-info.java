/**
 * The join-rule engine: {@link io.github.xenpool.rules.JoinRule} checks one requirement,
 * {@link io.github.xenpool.rules.RuleSet} runs them all, and
 * {@link io.github.xenpool.rules.JoinReport} gives every problem at once, each with its subject,
 * expected and actual values, typed details, remediation steps and xapi error code.
 */
package io.github.xenpool.rules;
