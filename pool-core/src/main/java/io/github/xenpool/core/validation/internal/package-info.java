/**
 * The validators behind the model's custom constraints, and the two ways of checking
 * constraints: with Hibernate Validator when it is present, and by reading the constraint
 * annotations directly when it is not. Not exported; Hibernate Validator reaches the validators
 * reflectively.
 */
package io.github.xenpool.core.validation.internal;
