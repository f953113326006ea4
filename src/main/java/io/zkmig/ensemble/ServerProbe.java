package io.zkmig.ensemble;

import java.io.IOException;
import java.util.Map;

/** Reads a server's {@link ServerStatus} through {@code srvr}, {@code mntr} and {@code conf}. */
public final class ServerProbe {
    private ServerProbe() {
    }

    public static ServerStatus probe(int id, String host, int port) {
        String address = host + ":" + port;
        String srvr;
        try {
            srvr = FourLetterWords.send(host, port, "srvr");
        } catch (IOException e) {
            return ServerStatus.down(id, address, e.getMessage());
        }
        if (srvr.contains("not in the whitelist")) {
            return new ServerStatus(id, address, ServerRole.NOT_SERVING, null, null, null, null, null, null,
                    "four-letter words are not whitelisted (4lw.commands.whitelist)");
        }
        if (srvr.isBlank() || srvr.contains("not currently serving")) {
            return new ServerStatus(id, address, ServerRole.NOT_SERVING, null, null, null, null, null, null, null);
        }
        Map<String, String> s = FourLetterWords.parse(srvr);
        Long znodes = parseLong(s.get("Node count"));
        Long configVersion = null;
        Boolean inConfig = null;
        try {
            Map<String, String> mntr = FourLetterWords.parse(FourLetterWords.send(host, port, "mntr"));
            znodes = mntr.containsKey("zk_znode_count") ? parseLong(mntr.get("zk_znode_count")) : znodes;
            EnsembleConfig config = EnsembleConfig.parse(FourLetterWords.send(host, port, "conf"));
            configVersion = config.version();
            inConfig = config.members().isEmpty() ? null : config.member(id).isPresent();
        } catch (IOException | RuntimeException e) {
            // srvr answered; the richer words are best effort
        }
        String zxid = s.get("Zxid");
        return new ServerStatus(id, address, ServerRole.fromMode(s.get("Mode")), s.get("Zookeeper version"),
                zxid == null ? null : Long.decode(zxid), configVersion, znodes,
                s.get("Connections") == null ? null : Integer.parseInt(s.get("Connections")), inConfig, null);
    }

    private static Long parseLong(String v) {
        try {
            return v == null ? null : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
