package io.zkmig.runner.status;

import io.zkmig.ensemble.EnsembleProbe;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.MigrationSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole picture {@code zkmig status} prints: desired stage (spec), milestones reached (ledger), and
 * every server of both sides as it reports itself. {@code extra} holds sections other parts add
 * (e.g. cutover progress), each JSON-serializable.
 */
public record MigrationStatus(String migration, String desiredStage, List<Milestone> milestones,
                              List<ServerView> legacy, List<ServerView> target, Map<String, Object> extra) {

    public static MigrationStatus gather(MigrationSpec spec, MigrationState state) {
        List<ServerView> legacy = views("legacy", EnsembleProbe.probe(spec.legacy().servers()));
        List<ServerView> target = views("target", EnsembleProbe.probe(spec.target().servers()));
        return new MigrationStatus(spec.name(), spec.stage().yamlName(), new ArrayList<>(state.milestones()),
                legacy, target, new LinkedHashMap<>());
    }

    private static List<ServerView> views(String side, List<ServerStatus> statuses) {
        return statuses.stream().map(s -> ServerView.of(side, s)).toList();
    }

    public boolean legacyUnreachable() {
        return !legacy.isEmpty() && legacy.stream().noneMatch(v -> v.status().role() != io.zkmig.ensemble.ServerRole.DOWN);
    }
}
