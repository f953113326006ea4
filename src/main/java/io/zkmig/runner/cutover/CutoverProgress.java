package io.zkmig.runner.cutover;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.MigrationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cutover progress for {@code zkmig status} and {@code zkmig clients}: groups moved (from the ledger) and,
 * when sessions were read, sessions on target vs legacy per group. Only groups with a fixed connect string
 * must move before the split; groups that follow /zookeeper/config move at the split by themselves.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CutoverProgress(List<GroupProgress> groups, int fixedGroups, int fixedMoved, Long sessionsOnLegacy,
                              Long sessionsOnTarget, Long unattributedSessions) {

    /** From the ledger alone: no server is asked anything. */
    public static CutoverProgress fromLedger(MigrationSpec spec, MigrationState state) {
        return of(spec, state, null);
    }

    /** From the ledger and, when the legacy ensemble answers, the live sessions (for {@code zkmig status}). */
    public static CutoverProgress live(MigrationSpec spec, MigrationState state, String superPassword) {
        try {
            return of(spec, state, SessionInventory.gather(spec, superPassword));
        } catch (Exception e) {
            return fromLedger(spec, state);
        }
    }

    /** From the ledger and the sessions the servers report now ({@code inventory} may be null). */
    public static CutoverProgress of(MigrationSpec spec, MigrationState state, SessionInventory inventory) {
        List<GroupProgress> groups = new ArrayList<>();
        for (ClientGroup g : spec.clients()) {
            Optional<CutoverMarks.Mark> mark = CutoverMarks.of(state, g.name());
            Long onLegacy = null;
            Long onTarget = null;
            Long latchLegacy = null;
            Long latchTarget = null;
            List<String> findings = new ArrayList<>();
            if (inventory != null) {
                onLegacy = inventory.count(g.name(), SessionInventory.Side.LEGACY);
                onTarget = inventory.count(g.name(), SessionInventory.Side.TARGET);
                List<ClientSessions.LatchHolder> latches = inventory.latchHolders().stream()
                        .filter(h -> h.group().equals(g.name())).toList();
                latchTarget = latches.stream().filter(h -> isTarget(spec, h.serverId())).count();
                latchLegacy = latches.size() - latchTarget;
                findings.addAll(findings(g, mark.isPresent(), onLegacy, onTarget));
            }
            groups.add(new GroupProgress(g.name(), g.owner(), g.connection(), mark.isPresent(),
                    mark.map(CutoverMarks.Mark::at).orElse(null), mark.map(CutoverMarks.Mark::reason).orElse(null),
                    onLegacy, onTarget, latchLegacy, latchTarget, List.copyOf(findings)));
        }
        int fixed = (int) groups.stream().filter(g -> g.connection() == ClientGroup.Connection.FIXED).count();
        int moved = (int) groups.stream().filter(g -> g.connection() == ClientGroup.Connection.FIXED && g.marked()).count();
        return new CutoverProgress(List.copyOf(groups), fixed, moved,
                inventory == null ? null : inventory.count(SessionInventory.Side.LEGACY),
                inventory == null ? null : inventory.count(SessionInventory.Side.TARGET),
                inventory == null ? null : (long) inventory.unattributed().size());
    }

    /** Every group with a fixed connect string is marked moved. */
    @JsonIgnore
    public boolean complete() {
        return fixedMoved == fixedGroups;
    }

    private static boolean isTarget(MigrationSpec spec, Integer serverId) {
        return serverId != null && spec.target().servers().stream().anyMatch(s -> s.id() == serverId);
    }

    /** What the sessions say against what the spec declares and the ledger records. */
    static List<String> findings(ClientGroup g, boolean marked, long onLegacy, long onTarget) {
        List<String> f = new ArrayList<>();
        if (g.addresses().isEmpty()) {
            f.add("no addresses in the spec: its sessions cannot be recognised");
        }
        if (g.connection() == ClientGroup.Connection.FIXED && marked && onLegacy > 0) {
            f.add(onLegacy + " session(s) still on legacy although marked moved: a late client, or one not restarted");
        }
        if (g.connection() == ClientGroup.Connection.FOLLOWS_CONFIG && onTarget > 0) {
            f.add(onTarget + " session(s) on target servers: declared follows-config, yet connected outside "
                    + "/zookeeper/config; if they keep a fixed connect string, declare the group fixed");
        }
        return f;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(fixedMoved).append('/').append(fixedGroups).append(" fixed-connect-string groups moved");
        if (sessionsOnTarget != null) {
            b.append("; sessions on target ").append(sessionsOnTarget).append(", on legacy ").append(sessionsOnLegacy);
        }
        for (GroupProgress g : groups) {
            b.append("\n  ").append(g.group()).append(" (").append(g.connection().yaml()).append("): ").append(g.state());
            if (g.sessionsOnTarget() != null) {
                b.append(" [target ").append(g.sessionsOnTarget()).append(", legacy ").append(g.sessionsOnLegacy()).append(']');
            }
        }
        return b.toString();
    }
}
