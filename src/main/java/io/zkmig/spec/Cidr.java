package io.zkmig.spec;

/** An IPv4 CIDR block, e.g. {@code 10.0.0.0/16}. */
public record Cidr(long network, int prefix) {

    public static Cidr parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a CIDR block (a.b.c.d/n): " + text);
        }
        int prefix;
        try {
            prefix = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR block (a.b.c.d/n): " + text);
        }
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("CIDR prefix must be 0..32: " + text);
        }
        long address = parseAddress(parts[0], text);
        long mask = mask(prefix);
        if ((address & ~mask & 0xFFFFFFFFL) != 0) {
            throw new IllegalArgumentException("host bits set in CIDR block (did you mean "
                    + format(address & mask) + "/" + prefix + "?): " + text);
        }
        return new Cidr(address, prefix);
    }

    public boolean overlaps(Cidr other) {
        long m = mask(Math.min(prefix, other.prefix));
        return (network & m) == (other.network & m);
    }

    /** True when every address of {@code other} is in this block (a route or rule for this block reaches it). */
    public boolean covers(Cidr other) {
        return prefix <= other.prefix && (other.network & mask(prefix)) == network;
    }

    public boolean contains(String ipv4) {
        long address = parseAddress(ipv4, ipv4);
        return (address & mask(prefix)) == network;
    }

    static long parseAddress(String dotted, String context) {
        String[] octets = dotted.split("\\.", -1);
        if (octets.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + context);
        }
        long value = 0;
        for (String octet : octets) {
            int n;
            try {
                n = Integer.parseInt(octet);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IPv4 address: " + context);
            }
            if (n < 0 || n > 255 || octet.isEmpty() || (octet.length() > 1 && octet.startsWith("0"))) {
                throw new IllegalArgumentException("not an IPv4 address: " + context);
            }
            value = (value << 8) | n;
        }
        return value;
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static String format(long a) {
        return ((a >> 24) & 255) + "." + ((a >> 16) & 255) + "." + ((a >> 8) & 255) + "." + (a & 255);
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefix;
    }
}
