/**
 * The bridge to Jakarta Validation: {@link io.github.xenpool.rules.validation.JoinableInto} makes
 * each blocker of a join a constraint violation with a property path.
 */
package io.github.xenpool.rules.validation;
