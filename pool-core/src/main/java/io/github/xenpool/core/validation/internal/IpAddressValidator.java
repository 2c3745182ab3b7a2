package io.github.xenpool.core.validation.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.validation.IpAddress;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;

/**
 * Checks {@link IpAddress}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class IpAddressValidator implements ConstraintValidator<IpAddress, String> {

    /** Makes the validator; Jakarta Validation calls it. */
    public IpAddressValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || IpAddresses.isIpAddress(value);
    }
}
