/**
 * The validator behind {@link io.github.xenpool.rules.validation.JoinableInto}. Not exported;
 * Hibernate Validator reaches it reflectively.
 */
package io.github.xenpool.rules.validation.internal;
