package io.zkmig.spec;

import java.util.Locale;
import java.util.Optional;

/**
 * A server's host as the spec names it: a DNS name or an IPv4 address. Two spellings of one host
 * ({@code localhost} and {@code 127.0.0.1}, names in any case) are the same host.
 */
final class Host {
    private Host() {
    }

    /** What is wrong with {@code host}, if anything the schema's pattern lets through is. */
    static Optional<String> problem(String host) {
        if (!host.matches("[0-9.]+")) {
            return Optional.empty();
        }
        try {
            Cidr.parseAddress(host, host);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + host + "' is not an IPv4 address: expected four numbers from 0 to 255 separated by"
                    + " dots, without leading zeros (e.g. 10.20.0.5)");
        }
    }

    /** One spelling per host, to find two servers on the same one. */
    static String canonical(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        return h.equals("localhost") || h.equals("localhost.localdomain") ? "127.0.0.1" : h;
    }
}
