package io.zkmig.spec;

import java.util.ArrayList;
import java.util.List;
import org.apache.zookeeper.common.PathUtils;

/** A ZooKeeper connect string: {@code host:port[,host:port...][/chroot]}. */
public record ConnectString(List<HostPort> servers, String chroot) {

    public record HostPort(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    public static ConnectString parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty connect string");
        }
        String hosts = text.trim();
        String chroot = null;
        int slash = hosts.indexOf('/');
        if (slash >= 0) {
            chroot = hosts.substring(slash);
            hosts = hosts.substring(0, slash);
            try {
                PathUtils.validatePath(chroot);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the chroot " + chroot + " is not a valid ZooKeeper path (no empty"
                        + " or trailing '/' segments, e.g. /app): " + e.getMessage());
            }
        }
        List<HostPort> servers = new ArrayList<>();
        for (String part : hosts.split(",")) {
            int colon = part.lastIndexOf(':');
            if (colon <= 0 || colon == part.length() - 1) {
                throw new IllegalArgumentException("expected host:port, got '" + part + "' in " + text);
            }
            int port;
            try {
                port = Integer.parseInt(part.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port is not a number in '" + part + "' of " + text);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range in '" + part + "' of " + text);
            }
            String host = part.substring(0, colon);
            Host.problem(host).ifPresent(p -> {
                throw new IllegalArgumentException(p + ", in " + text);
            });
            servers.add(new HostPort(host, port));
        }
        return new ConnectString(List.copyOf(servers), chroot);
    }

    public static String of(List<ServerSpec> servers) {
        return String.join(",", servers.stream().map(ServerSpec::clientAddress).toList());
    }

    @Override
    public String toString() {
        return String.join(",", servers.stream().map(HostPort::toString).toList()) + (chroot == null ? "" : chroot);
    }
}
