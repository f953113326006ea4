package io.zkmig.runner.split;

import io.zkmig.runner.cutover.CutoverMarks;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;

/** The split's own preconditions, on top of the live checks every handover makes. */
public final class SplitGates {
    private SplitGates() {
    }

    /** Dynamic reconfiguration exists from 3.5 on every legacy server. */
    public static HandoverSteps.Gate versions() {
        return (ctx, h) -> {
            List<String> problems = new ArrayList<>();
            for (ServerSpec s : ctx.spec().legacy().servers()) {
                if (!s.zooKeeperVersion().supportsReconfig()) {
                    problems.add("legacy server " + s.id() + " runs ZooKeeper " + s.version()
                            + ", which has no dynamic reconfiguration: use zkmig split --static");
                }
            }
            return problems;
        };
    }

    /**
     * Every client group that must move before the legacy servers leave has moved, or is named in
     * {@code --force}. For a dynamic split these are the groups with a fixed connect string (the others
     * follow /zookeeper/config and move during the split); for a static split, every group.
     */
    public static HandoverSteps.Gate clientsMoved(List<String> force, boolean everyGroup) {
        return (ctx, h) -> problemsForUnmoved(ctx.spec(), ctx.ledger().state(), force, everyGroup);
    }

    static List<String> problemsForUnmoved(MigrationSpec spec, MigrationState state, List<String> force, boolean everyGroup) {
        List<String> problems = new ArrayList<>();
        List<String> unmoved = unmovedGroups(spec, state, everyGroup);
        for (String f : force) {
            if (spec.clientGroup(f).isEmpty()) {
                problems.add("--force names '" + f + "', which is not a client group of the spec");
            }
        }
        List<String> blocking = unmoved.stream().filter(g -> !force.contains(g)).toList();
        if (!blocking.isEmpty()) {
            problems.add("client group" + (blocking.size() == 1 ? " " : "s ") + String.join(", ", blocking)
                    + (everyGroup ? "" : " (fixed connect string)") + " not moved to the target yet: move "
                    + (blocking.size() == 1 ? "it" : "them") + " (zkmig cutover), or name "
                    + (blocking.size() == 1 ? "it" : "them") + " in --force " + String.join(",", blocking)
                    + " to leave " + (blocking.size() == 1 ? "it" : "them") + " behind knowingly");
        }
        return problems;
    }

    /** Groups that must move and have not, by the ledger's cutover records. */
    public static List<String> unmovedGroups(MigrationSpec spec, MigrationState state, boolean everyGroup) {
        if (!everyGroup && state.has(Milestone.CUTOVER_COMPLETE)) {
            // the milestone covers the fixed groups only
            return List.of();
        }
        List<String> unmoved = new ArrayList<>();
        for (ClientGroup g : spec.clients()) {
            if (!everyGroup && g.connection() != ClientGroup.Connection.FIXED) {
                continue;
            }
            if (!moved(state, g.name())) {
                unmoved.add(g.name());
            }
        }
        return unmoved;
    }

    /** The last cutover mark of this group says it moved (an unmark says it did not). */
    static boolean moved(MigrationState state, String group) {
        return CutoverMarks.of(state, group).isPresent();
    }
}
