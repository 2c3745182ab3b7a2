/**
 * The ready-made rule sets: every pool requirement of a XenServer era, in order, with its
 * default context.
 *
 * <p>{@code RuleSets} lives apart from {@link io.github.xenpool.rules.RuleSet} on purpose: it
 * assembles the rules of every rule package ({@code cpu}, {@code network}, {@code software}, ...),
 * and those packages build on {@code io.github.xenpool.rules} ({@code JoinRule},
 * {@code Violation}). In one package with {@code RuleSet}, the engine would depend on the rules
 * that depend on it: a cycle between packages, which this split keeps out.
 */
package io.github.xenpool.rules.sets;
