package io.github.xenpool.core.validation.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.core.validation.HostAddress;
import io.github.xenpool.core.validation.Hostname;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Checks {@link HostAddress}.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class HostAddressValidator implements ConstraintValidator<HostAddress, String> {

    private static final Pattern HOSTNAME = Pattern.compile(Hostname.REGEXP);

    /** Makes the validator; Jakarta Validation calls it. */
    public HostAddressValidator() {
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || IpAddresses.isIpAddress(value) || HOSTNAME.matcher(value).matches();
    }
}
