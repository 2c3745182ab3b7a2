package io.github.xenpool.rules.spi;

/**
 * Details of a site's own rule: where a host sits.
 *
 * @param rack the rack
 * @param unit the height unit in the rack
 */
public record RackPosition(String rack, int unit) implements CustomViolationDetails {

    @Override
    public String summary() {
        return "rack " + rack + ", unit " + unit;
    }
}
