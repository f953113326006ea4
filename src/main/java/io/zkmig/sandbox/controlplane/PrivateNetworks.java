package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.Cidr;
import java.util.List;
import java.util.Optional;

/** Checks CIDR blocks the way the API does: well formed, private (RFC 1918), prefix within bounds. */
final class PrivateNetworks {
    private static final List<Cidr> PRIVATE_RANGES = List.of(
            Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"));

    private PrivateNetworks() {
    }

    /** The problem with {@code text} as a network of the given prefix bounds, or empty when it is fine. */
    static Optional<String> problem(String text, int minPrefix, int maxPrefix) {
        Cidr cidr;
        try {
            cidr = Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + text + "' is not a valid CIDR block (a.b.c.d/n): " + e.getMessage());
        }
        if (cidr.prefix() < minPrefix || cidr.prefix() > maxPrefix) {
            return Optional.of("network " + text + " must have a prefix length between /" + minPrefix + " and /" + maxPrefix);
        }
        if (PRIVATE_RANGES.stream().noneMatch(range -> range.prefix() <= cidr.prefix() && range.overlaps(cidr))) {
            return Optional.of("network " + text + " must be part of a private address space (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)");
        }
        return Optional.empty();
    }

    /** The problem with {@code text} as any IPv4 CIDR block, or empty when it is well formed. */
    static Optional<String> malformed(String text) {
        try {
            Cidr.parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + text + "' is not a valid CIDR block (a.b.c.d/n): " + e.getMessage());
        }
    }

    static boolean overlap(String a, String b) {
        return Cidr.parse(a).overlaps(Cidr.parse(b));
    }
}
