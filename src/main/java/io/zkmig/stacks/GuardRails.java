package io.zkmig.stacks;

import static io.zkmig.runner.ledger.Milestone.CUTOVER_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.SNAPSHOTS_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.SPLIT_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.TARGET_OBSERVING;
import static io.zkmig.runner.ledger.Milestone.TARGET_PROVISIONED;
import static io.zkmig.runner.ledger.Milestone.VERIFIED;
import static io.zkmig.spec.Stage.CONNECT;
import static io.zkmig.spec.Stage.CUTOVER;
import static io.zkmig.spec.Stage.DECOMMISSION;
import static io.zkmig.spec.Stage.DEFINE;
import static io.zkmig.spec.Stage.DISCONNECT;
import static io.zkmig.spec.Stage.PROVISION;
import static io.zkmig.spec.Stage.SPLIT;
import static io.zkmig.spec.Stage.VERIFY;

import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Refuses to synthesize a desired stage that the recorded state (the runner's ledger) does not allow
 * yet, naming the command that comes first. The spec's stage is what is wanted; the ledger is what
 * happened; Terraform must never run ahead of ZooKeeper.
 */
public final class GuardRails {

    /** Rolling observers back is the runner's job (named like `zkmig split --rollback`); the app only names it. */
    static final String ROLLBACK_COMMAND = "zkmig observe --rollback <spec>";

    /** A stage needs a milestone in the ledger first. */
    private record Needs(Set<Stage> stages, Milestone milestone, String why) {
    }

    /** A stage is refused in a recorded state: moving back past a point ZooKeeper cannot follow. */
    private record Forbids(Set<Stage> stages, Predicate<MigrationState> when, String why, String firstRun) {
    }

    private static final List<Needs> NEEDS = List.of(
            new Needs(EnumSet.range(CONNECT, DECOMMISSION), TARGET_PROVISIONED,
                    "the bridge peers with the target cluster's data centre, which must exist and answer"),
            new Needs(EnumSet.of(VERIFY, CUTOVER, SPLIT), TARGET_OBSERVING,
                    "parity is checked against target servers that follow the legacy leader"),
            new Needs(EnumSet.of(CUTOVER, SPLIT), VERIFIED,
                    "clients move only to a target proven in parity with the legacy ensemble"),
            new Needs(EnumSet.of(DISCONNECT, DECOMMISSION), CUTOVER_COMPLETE,
                    "clients with a fixed connect string still reach legacy servers over the bridge"),
            new Needs(EnumSet.of(DISCONNECT, DECOMMISSION), SPLIT_COMPLETE,
                    "target servers still follow the legacy leader over the bridge"),
            new Needs(EnumSet.of(DECOMMISSION), SNAPSHOTS_COMPLETE,
                    "legacy volumes are destroyed only after their snapshots are verified"));

    private static final List<Forbids> FORBIDS = List.of(
            new Forbids(EnumSet.of(DEFINE, PROVISION), s -> s.has(TARGET_OBSERVING) && !s.has(SPLIT_COMPLETE),
                    "target servers follow the legacy leader over the bridge, which this stage removes",
                    ROLLBACK_COMMAND),
            new Forbids(EnumSet.of(DEFINE), s -> s.has(SPLIT_COMPLETE),
                    "the target cluster is the ensemble now; this stage would destroy it", null));

    private GuardRails() {
    }

    /** Throws {@link GuardRailException} listing every reason the spec's stage is refused. */
    public static void check(MigrationSpec spec, MigrationState state) {
        List<String> reasons = reasons(spec, state);
        if (!reasons.isEmpty()) {
            throw new GuardRailException(spec.name() + " (" + specPath(spec) + "): stage '" + spec.stage().yamlName()
                    + "' is not allowed yet:\n  - " + String.join("\n  - ", reasons));
        }
    }

    static List<String> reasons(MigrationSpec spec, MigrationState state) {
        Stage stage = spec.stage();
        List<String> reasons = new ArrayList<>();
        for (Needs n : NEEDS) {
            if (n.stages().contains(stage) && !state.has(n.milestone())) {
                reasons.add(n.why() + ": run `" + command(n.milestone().command(), spec) + "` first (the ledger has no "
                        + n.milestone().step() + ")");
            }
        }
        for (Forbids f : FORBIDS) {
            if (f.stages().contains(stage) && f.when().test(state)) {
                reasons.add(f.why() + (f.firstRun() == null ? "" : ": run `" + command(f.firstRun(), spec) + "` first"));
            }
        }
        return reasons;
    }

    static String command(String template, MigrationSpec spec) {
        return template.replace("<spec>", specPath(spec)).replace("<name>", spec.name());
    }

    private static String specPath(MigrationSpec spec) {
        if (spec.source() == null) {
            return "stacks/" + spec.name() + ".yaml";
        }
        Path source = spec.source();
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = source.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : source.toString();
    }
}
