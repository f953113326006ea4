package io.zkmig.ensemble;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One server's state as the four-letter words report it. {@code configVersion} is -1 for static
 * configurations; {@code inConfig} says whether the server is listed in the membership it reports.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerStatus(int id, String address, ServerRole role, String version, Long zxid, Long configVersion,
                           Long znodeCount, Integer connections, Boolean inConfig, String error) {

    public static ServerStatus down(int id, String address, String error) {
        return new ServerStatus(id, address, ServerRole.DOWN, null, null, null, null, null, null, error);
    }

    public boolean isServing() {
        return role != ServerRole.DOWN && role != ServerRole.NOT_SERVING;
    }

    public String zxidHex() {
        return zxid == null ? "-" : "0x" + Long.toHexString(zxid);
    }

    /** The short release number, e.g. {@code 3.8.4}, from the full version banner. */
    public String release() {
        if (version == null) {
            return null;
        }
        int dash = version.indexOf('-');
        return (dash > 0 ? version.substring(0, dash) : version).trim();
    }
}
