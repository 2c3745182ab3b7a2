/**
 * The bridge to Jakarta Validation: {@link io.github.xenpool.rules.validation.JoinableInto} makes
 * each blocker of a join a constraint violation, at a property path built from the blocker's subject
 * and with the blocker as its payload.
 */
package io.github.xenpool.rules.validation;
