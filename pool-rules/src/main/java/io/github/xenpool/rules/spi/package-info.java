/**
 * Extension points of the rule engine: typed details of your own on the violations of your rules
 * ({@link io.github.xenpool.rules.spi.CustomViolationDetails}), and rule sets of your own found by
 * name through {@link java.util.ServiceLoader} ({@link io.github.xenpool.rules.spi.RuleSetProvider}).
 */
package io.github.xenpool.rules.spi;
