package io.zkmig.runner.status;

import io.zkmig.ensemble.EnsembleProbe;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.cutover.CutoverProgress;
import io.zkmig.runner.cutover.GroupProgress;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.Position;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.MigrationSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole picture {@code zkmig status} prints: desired stage (spec), milestones reached (ledger), where that puts
 * the migration in its lifecycle (the next command, the way back), and every server of both sides as it reports
 * itself. {@code extra} holds sections other parts add (e.g. cutover progress), each JSON-serializable.
 */
public record MigrationStatus(String migration, String desiredStage, List<Milestone> milestones, Position lifecycle,
                              List<ServerView> legacy, List<ServerView> target, Map<String, Object> extra) {

    public static MigrationStatus gather(MigrationSpec spec, MigrationState state) {
        List<ServerView> legacy = views("legacy", EnsembleProbe.probe(spec.legacy().servers()));
        List<ServerView> target = views("target", EnsembleProbe.probe(spec.target().servers()));
        return new MigrationStatus(spec.name(), spec.stage().yamlName(), new ArrayList<>(state.milestones()),
                position(spec, state, Set.of()), legacy, target, new LinkedHashMap<>());
    }

    /** The same, with the lifecycle position counting these milestones as contradicted by the servers. */
    public MigrationStatus withContradicted(MigrationSpec spec, MigrationState state, Set<Milestone> contradicted) {
        return new MigrationStatus(migration, desiredStage, milestones, position(spec, state, contradicted), legacy, target,
                extra);
    }

    /**
     * Where the ledger puts the migration; {@code <group>} in a command is the first group still to mark (fixed
     * connect strings first), or for the way back the first group marked.
     */
    static Position position(MigrationSpec spec, MigrationState state, Set<Milestone> contradicted) {
        List<GroupProgress> groups = CutoverProgress.fromLedger(spec, state).groups();
        String toMark = groups.stream().filter(g -> !g.marked())
                .sorted(Comparator.comparing(g -> g.connection() != ClientGroup.Connection.FIXED))
                .map(GroupProgress::group).findFirst().orElse(null);
        String marked = groups.stream().filter(GroupProgress::marked).map(GroupProgress::group).findFirst().orElse(null);
        return MigrationLifecycle.position(spec, state, contradicted, new MigrationLifecycle.Groups(toMark, marked));
    }

    private static List<ServerView> views(String side, List<ServerStatus> statuses) {
        return statuses.stream().map(s -> ServerView.of(side, s)).toList();
    }

    public boolean legacyUnreachable() {
        return !legacy.isEmpty() && legacy.stream().noneMatch(v -> v.status().role() != io.zkmig.ensemble.ServerRole.DOWN);
    }
}
