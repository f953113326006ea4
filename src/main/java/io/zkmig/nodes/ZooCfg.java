package io.zkmig.nodes;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A server's {@code zoo.cfg} as its lines, so that zkmig changes only what it means to change: the
 * membership ({@code server.N} lines, {@code peerType}, {@code dynamicConfigFile}) and, for observe, the
 * data folder. Every other setting the operator or the provider wrote stays as it was, in its place.
 */
public final class ZooCfg {
    private static final List<String> MEMBERSHIP_KEYS = List.of("dynamicConfigFile", "peerType", "version");

    private final List<String> lines;

    private ZooCfg(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** Parses zoo.cfg text; a 3.5+ server's dynamic file may be appended to it (its lines are membership). */
    public static ZooCfg parse(String text) {
        return new ZooCfg(List.of(text.replace("\r", "").split("\n", -1)).stream()
                .filter(l -> !l.isEmpty()).toList());
    }

    /** A setting's value, if set. */
    public Optional<String> get(String key) {
        String prefix = key + "=";
        return lines.stream().map(String::trim).filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()).trim()).reduce((first, second) -> second);
    }

    /** The members the file lists (its own lines, or the dynamic file's if appended). */
    public List<Member> members() {
        return EnsembleConfig.parse(String.join("\n", lines)).members();
    }

    /** Sets a key, replacing its line in place or appending it. */
    public ZooCfg with(String key, String value) {
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (String l : lines) {
            if (l.trim().startsWith(key + "=")) {
                if (!replaced) {
                    out.add(key + "=" + value);
                    replaced = true;
                }
            } else {
                out.add(l);
            }
        }
        if (!replaced) {
            out.add(key + "=" + value);
        }
        return new ZooCfg(out);
    }

    /**
     * Replaces the membership: every {@code server.N} line, {@code dynamicConfigFile}, {@code peerType} and a
     * dynamic file's {@code version} go; the given members are written in the 3.5+ dynamic form (or the 3.4
     * static form), with {@code peerType=observer} when this server is an observer. Where the file sets
     * {@code clientPort} itself, this server's own line carries no client address, so the two cannot disagree.
     */
    public ZooCfg withMembership(int selfId, List<Member> members, boolean dynamicForm) {
        Member self = members.stream().filter(m -> m.id() == selfId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("server " + selfId + " is not among its own members"));
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String t = l.trim();
            if (t.startsWith("server.") || MEMBERSHIP_KEYS.stream().anyMatch(k -> t.startsWith(k + "="))) {
                continue;
            }
            out.add(l);
        }
        if (self.role() == Role.OBSERVER) {
            out.add("peerType=observer");
        }
        boolean ownClientPort = get("clientPort").isPresent();
        for (Member m : members) {
            if (!dynamicForm) {
                out.add(m.staticLine());
            } else if (m.id() == selfId && ownClientPort) {
                out.add("server." + m.id() + "=" + m.host() + ":" + m.quorumPort() + ":" + m.electionPort() + ":"
                        + m.role().configName());
            } else {
                out.add(m.dynamicLine());
            }
        }
        return new ZooCfg(out);
    }

    public String render() {
        return String.join("\n", lines) + "\n";
    }

    @Override
    public String toString() {
        return render();
    }
}
