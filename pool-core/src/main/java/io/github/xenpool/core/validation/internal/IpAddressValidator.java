package io.github.xenpool.core.validation.internal;

import io.github.xenpool.core.validation.IpAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link IpAddress}.
 */
public final class IpAddressValidator implements ConstraintValidator<IpAddress, String> {

    /** Makes the validator; Jakarta Validation calls it. */
    public IpAddressValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || IpAddresses.isIpAddress(value);
    }
}
