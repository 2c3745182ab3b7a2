/**
 * Jakarta Validation constraints of the model's outside values and the validator that reports
 * all their problems at once, each with its property path.
 */
package io.github.xenpool.core.validation;
