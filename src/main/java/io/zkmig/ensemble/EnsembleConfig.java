package io.zkmig.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The membership a server believes in, as {@code conf} or {@code /zookeeper/config} state it:
 * {@code server.N=host:q:e:role;client} lines and {@code version=<hex>}. Static 3.4 servers have no version.
 */
public record EnsembleConfig(List<Member> members, long version) {
    public static final long NO_VERSION = -1;

    public static EnsembleConfig parse(String text) {
        List<Member> members = new ArrayList<>();
        long version = NO_VERSION;
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("server.")) {
                members.add(parseMember(line));
            } else if (line.startsWith("version=")) {
                version = Long.parseLong(line.substring("version=".length()), 16);
            }
        }
        return new EnsembleConfig(List.copyOf(members), version);
    }

    static Member parseMember(String line) {
        int eq = line.indexOf('=');
        int id = Integer.parseInt(line.substring("server.".length(), eq));
        String value = line.substring(eq + 1);
        String client = null;
        int semi = value.indexOf(';');
        if (semi >= 0) {
            client = value.substring(semi + 1);
            value = value.substring(0, semi);
        }
        String[] p = value.split(":");
        Role role = p.length > 3 && "observer".equals(p[3]) ? Role.OBSERVER : Role.PARTICIPANT;
        int clientPort = 0;
        if (client != null) {
            clientPort = Integer.parseInt(client.substring(client.lastIndexOf(':') + 1));
        }
        return new Member(id, p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]), role, clientPort);
    }

    public Optional<Member> member(int id) {
        return members.stream().filter(m -> m.id() == id).findFirst();
    }

    public List<Member> voters() {
        return members.stream().filter(m -> m.role() == Role.PARTICIPANT).toList();
    }

    public String versionHex() {
        return version == NO_VERSION ? "-" : Long.toHexString(version);
    }
}
