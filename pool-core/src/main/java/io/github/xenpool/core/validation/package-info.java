/**
 * Jakarta Validation constraints of the model's outside values and the validator that reports
 * all their problems at once, each with its property path. Every constructor of the model runs
 * them with its structural checks; {@link io.github.xenpool.core.validation.Validated} is the
 * form that returns the problems instead of throwing them.
 */
package io.github.xenpool.core.validation;
