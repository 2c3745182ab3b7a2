package io.github.xenpool.core.validation.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Recognizes IP address literals without any name lookup.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class IpAddresses {

    private IpAddresses() {
    }

    /**
     * Tells whether {@code text} is an IPv4 or IPv6 address literal.
     *
     * @param text the candidate
     * @return true for a dotted quad or an RFC 4291 IPv6 text form
     */
    public static boolean isIpAddress(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    /**
     * Tells whether {@code text} is an IPv4 dotted quad with decimal parts 0 to 255 and no
     * leading zeros.
     *
     * @param text the candidate
     * @return true for a dotted quad
     */
    public static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether {@code text} is an IPv6 address in RFC 4291 text form: eight groups of 1 to
     * 4 hex digits, at most one {@code ::}, and an optional trailing dotted quad.
     *
     * @param text the candidate
     * @return true for an IPv6 literal
     */
    public static boolean isIpv6(String text) {
        if (text.isEmpty() || text.length() > 45) {
            return false;
        }
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
        String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
        int groups = 0;
        String[] headGroups = head.isEmpty() ? new String[0] : head.split(":", -1);
        String[] tailGroups = tail.isEmpty() ? new String[0] : tail.split(":", -1);
        String[] last = tailGroups.length > 0 ? tailGroups : headGroups;
        boolean embeddedIpv4 = last.length > 0 && last[last.length - 1].contains(".");
        for (int i = 0; i < headGroups.length; i++) {
            boolean isLast = tailGroups.length == 0 && doubleColon < 0 && i == headGroups.length - 1;
            if (isLast && embeddedIpv4) {
                if (!isIpv4(headGroups[i])) {
                    return false;
                }
                groups += 2;
            } else if (!isHexGroup(headGroups[i])) {
                return false;
            } else {
                groups++;
            }
        }
        for (int i = 0; i < tailGroups.length; i++) {
            if (i == tailGroups.length - 1 && embeddedIpv4) {
                if (!isIpv4(tailGroups[i])) {
                    return false;
                }
                groups += 2;
            } else if (!isHexGroup(tailGroups[i])) {
                return false;
            } else {
                groups++;
            }
        }
        return doubleColon >= 0 ? groups <= 7 : groups == 8;
    }

    private static boolean isHexGroup(String group) {
        if (group.isEmpty() || group.length() > 4) {
            return false;
        }
        for (int i = 0; i < group.length(); i++) {
            if (Character.digit(group.charAt(i), 16) < 0 || group.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }
}
