package io.github.xenpool.rules.cli;

import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.rules.LicenceServer;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads what a licence server can hand out: {@code EDITION=COUNT[,EDITION=COUNT...][@ADDRESS]},
 * such as {@code enterprise=4,platinum=2@licences.example.com}; the address defaults to
 * {@value #DEFAULT_ADDRESS}.
 */
final class LicenceServerConverter implements ITypeConverter<LicenceServer> {

    static final String DEFAULT_ADDRESS = "licence-server";

    @Override
    public LicenceServer convert(String value) {
        int at = value.lastIndexOf('@');
        String address = at < 0 ? DEFAULT_ADDRESS : value.substring(at + 1).strip();
        String counts = at < 0 ? value : value.substring(0, at);
        Map<LicenceEdition, Integer> available = new LinkedHashMap<>();
        for (String pair : counts.split(",", -1)) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                throw new TypeConversionException("'" + pair + "' is no EDITION=COUNT, such as enterprise=4");
            }
            LicenceEdition edition;
            try {
                edition = LicenceEdition.of(pair.substring(0, equals));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            String count = pair.substring(equals + 1).strip();
            int number;
            try {
                number = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + count + "' is no count of " + edition.xapiName()
                        + " licences: expected a whole number, 0 or more");
            }
            if (available.put(edition, number) != null) {
                throw new TypeConversionException("edition " + edition.xapiName() + " is given twice");
            }
        }
        try {
            return new LicenceServer(address, available);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
