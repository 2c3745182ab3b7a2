/**
 * The validators behind the model's custom constraints. Not exported; Hibernate Validator
 * reaches them reflectively.
 */
package io.github.xenpool.core.validation.internal;
