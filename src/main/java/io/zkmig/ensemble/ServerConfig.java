package io.zkmig.ensemble;

import io.zkmig.spec.ZooKeeperVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A server's zoo.cfg: its own identity and the members it believes in. Rendered in the 3.4 static form
 * or the 3.5+ form (server lines carry the client address), so the same model drives both legacy
 * and target servers.
 */
public record ServerConfig(int myId, ZooKeeperVersion version, Path dataDir, String clientHost, int clientPort,
                           Integer adminPort, boolean reconfigEnabled, List<Member> members, int tickTimeMs) {

    public ServerConfig {
        members = List.copyOf(members);
    }

    public Member self() {
        return members.stream().filter(m -> m.id() == myId).findFirst()
                .orElseThrow(() -> new IllegalStateException("server " + myId + " is not among its own members"));
    }

    public ServerConfig withMembers(List<Member> newMembers) {
        return new ServerConfig(myId, version, dataDir, clientHost, clientPort, adminPort, reconfigEnabled, newMembers, tickTimeMs);
    }

    public ServerConfig withReconfigEnabled(boolean enabled) {
        return new ServerConfig(myId, version, dataDir, clientHost, clientPort, adminPort, enabled, members, tickTimeMs);
    }

    public String render() {
        List<String> lines = new ArrayList<>();
        lines.add("# written by zkmig");
        lines.add("tickTime=" + tickTimeMs);
        lines.add("initLimit=10");
        lines.add("syncLimit=5");
        lines.add("dataDir=" + dataDir.toAbsolutePath());
        lines.add("maxClientCnxns=0");
        lines.add("autopurge.snapRetainCount=3");
        lines.add("autopurge.purgeInterval=1");
        if (self().role() == Role.OBSERVER) {
            lines.add("peerType=observer");
        }
        if (version.supportsReconfig()) {
            lines.add("4lw.commands.whitelist=*");
            lines.add("standaloneEnabled=false");
            lines.add("reconfigEnabled=" + reconfigEnabled);
            if (adminPort != null) {
                lines.add("admin.enableServer=true");
                lines.add("admin.serverAddress=" + clientHost);
                lines.add("admin.serverPort=" + adminPort);
            } else {
                lines.add("admin.enableServer=false");
            }
            members.forEach(m -> lines.add(m.dynamicLine()));
        } else {
            lines.add("clientPort=" + clientPort);
            lines.add("clientPortAddress=" + clientHost);
            members.forEach(m -> lines.add(m.staticLine()));
        }
        return String.join("\n", lines) + "\n";
    }
}
