package io.zkmig.runner.lifecycle;

import static io.zkmig.runner.ledger.Milestone.CUTOVER_COMPLETE;
import static io.zkmig.runner.ledger.Milestone.DISCONNECTED;
import static io.zkmig.runner.ledger.Milestone.LEGACY_QUIET;
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
import static io.zkmig.spec.Stage.OBSERVE;
import static io.zkmig.spec.Stage.PROVISION;
import static io.zkmig.spec.Stage.SPLIT;
import static io.zkmig.spec.Stage.VERIFY;

import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The migration lifecycle, as one declarative table: for each stage, the commands that bring it about,
 * the milestone it records, the milestones it needs, what forbids it and the way back; for each runner
 * command, what forbids it. The CDKTF app's guard rails ({@link #stageRefusals}), every runner command
 * ({@link #check}) and {@code zkmig status} ({@link #position}) read this class and nothing else, and
 * milestones are withdrawn only through {@link #withdraw}. A new stage (disconnect, decommission) is a row
 * in {@link #STAGES}, its needs in {@link #NEEDS}, its command in {@link Commands} and {@link RunnerCommand}.
 */
public final class MigrationLifecycle {

    /**
     * A stage: the commands that bring it about (the last of them records its milestone, if any), those that
     * complete it once the milestone is recorded, what it looks like when reached, the way back.
     */
    public record StageRow(Stage stage, List<Command> by, Milestone records, List<Command> after, String reached,
                           Command wayBack) {
    }

    /** Stages that need a milestone in effect first, and why. */
    public record Need(Set<Stage> stages, Milestone milestone, String why) {
    }

    /** A desired stage (the CDKTF app) refused in a recorded state; {@code firstRun} null when nothing helps. */
    public record StageForbid(Set<Stage> stages, Condition when, String why, Command firstRun) {
    }

    /** A runner command refused in a recorded state; {@code firstRun} null when nothing helps. */
    public record CommandForbid(Set<RunnerCommand> commands, Condition when, String why, Command firstRun) {
    }

    private static final String NO_WAY_BACK_AFTER_STATIC = "the split was static: the target runs on its own and the"
            + " legacy servers expired the sessions that moved, so the target cannot follow them again (no way back,"
            + " docs/split.md)";

    public static final List<StageRow> STAGES = List.of(
            new StageRow(DEFINE, List.of(Commands.SPEC_CHECK), null, List.of(), "defined: nothing recorded yet", null),
            new StageRow(PROVISION, List.of(Commands.DEPLOY_TARGET, Commands.PROVISIONED), TARGET_PROVISIONED, List.of(),
                    "provisioned: the target cluster serves on its own", Commands.REMOVE_TARGET),
            new StageRow(CONNECT, List.of(Commands.DEPLOY_BRIDGE), null, List.of(), "connected",
                    Commands.REMOVE_BRIDGE),
            new StageRow(OBSERVE, List.of(Commands.OBSERVE), TARGET_OBSERVING, List.of(),
                    "observing: the target servers follow the legacy leader", Commands.ROLLBACK),
            new StageRow(VERIFY, List.of(Commands.VERIFY), VERIFIED, List.of(),
                    "verified: parity with the legacy ensemble proven", Commands.ROLLBACK),
            new StageRow(CUTOVER, List.of(Commands.CUTOVER_MARK), CUTOVER_COMPLETE, List.of(),
                    "cutover complete: every group with a fixed connect string is marked moved",
                    Commands.CUTOVER_UNMARK),
            new StageRow(SPLIT, List.of(Commands.SPLIT_DYNAMIC), SPLIT_COMPLETE, List.of(),
                    "split complete: the target cluster is the ensemble", Commands.SPLIT_ROLLBACK),
            new StageRow(DISCONNECT, List.of(Commands.QUIET, Commands.DEPLOY_DISCONNECT, Commands.DISCONNECTED), DISCONNECTED,
                    List.of(), "disconnected: the bridge is gone and the target cluster serves alone", Commands.RECONNECT),
            new StageRow(DECOMMISSION, List.of(Commands.SNAPSHOT_LEGACY), SNAPSHOTS_COMPLETE, List.of(Commands.DESTROY_LEGACY),
                    "snapshots complete: every legacy volume has a verified snapshot", null));

    public static final List<Need> NEEDS = List.of(
            new Need(EnumSet.range(CONNECT, DECOMMISSION), TARGET_PROVISIONED,
                    "the target cluster must exist and serve: the bridge peers with its data centre, its servers join"
                            + " the legacy ensemble"),
            new Need(EnumSet.of(VERIFY, CUTOVER, SPLIT), TARGET_OBSERVING,
                    "parity is checked against target servers that follow the legacy leader"),
            new Need(EnumSet.of(CUTOVER, SPLIT), VERIFIED,
                    "clients move only to a target proven in parity with the legacy ensemble"),
            new Need(EnumSet.of(DISCONNECT, DECOMMISSION), CUTOVER_COMPLETE,
                    "clients with a fixed connect string still reach legacy servers over the bridge"),
            new Need(EnumSet.of(DISCONNECT, DECOMMISSION), SPLIT_COMPLETE,
                    "target servers still follow the legacy leader over the bridge"),
            new Need(EnumSet.of(DISCONNECT, DECOMMISSION), LEGACY_QUIET,
                    "clients may still sit on legacy servers, which the bridge's removal cuts off: the legacy servers"
                            + " must be seen without a session for the quiet period"),
            new Need(EnumSet.of(DECOMMISSION), DISCONNECTED,
                    "the legacy servers go only once the bridge is gone and the target cluster serves alone"),
            new Need(EnumSet.of(DECOMMISSION), SNAPSHOTS_COMPLETE,
                    "legacy volumes are destroyed only after their snapshots are verified"));

    /**
     * Milestones a stage's first command records before the stage's own apply, as its precondition (not the
     * milestone the stage records): needed by the stage like any milestone, restored by that command alone,
     * withdrawn with the stage, shown in status.
     */
    public static final Map<Stage, Gate> GATES = Map.of(DISCONNECT, new Gate(LEGACY_QUIET, Commands.QUIET));

    /** A stage's gate: the milestone and the command (the stage's first) that records it. */
    public record Gate(Milestone milestone, Command by) {
    }

    public static final List<StageForbid> STAGE_FORBIDS = List.of(
            new StageForbid(EnumSet.of(DEFINE, PROVISION), Condition.OBSERVING_BEFORE_SPLIT,
                    "target servers follow the legacy leader over the bridge, which this stage removes", Commands.ROLLBACK),
            new StageForbid(EnumSet.of(DEFINE), Condition.SPLIT_COMPLETE,
                    "the target cluster is the ensemble now; this stage would destroy it", null));

    public static final List<CommandForbid> COMMAND_FORBIDS = List.of(
            new CommandForbid(EnumSet.of(RunnerCommand.OBSERVE, RunnerCommand.VERIFY, RunnerCommand.CUTOVER_UNMARK,
                    RunnerCommand.ROLLBACK, RunnerCommand.SPLIT_ROLLBACK), Condition.STATIC_SPLIT, NO_WAY_BACK_AFTER_STATIC, null),
            new CommandForbid(EnumSet.of(RunnerCommand.OBSERVE, RunnerCommand.VERIFY, RunnerCommand.CUTOVER_UNMARK,
                    RunnerCommand.ROLLBACK), Condition.DYNAMIC_SPLIT,
                    "the split has changed the ensemble (begun or complete): the target servers no longer just follow"
                            + " the legacy leader; undo the split", Commands.SPLIT_ROLLBACK),
            new CommandForbid(EnumSet.of(RunnerCommand.SPLIT), Condition.STATIC_SPLIT,
                    "the split was done statically already", null),
            new CommandForbid(EnumSet.of(RunnerCommand.SPLIT_STATIC), Condition.DYNAMIC_SPLIT,
                    "a dynamic split has changed the ensemble: continue it with the dynamic split, or undo it",
                    Commands.SPLIT_ROLLBACK));

    private MigrationLifecycle() {
    }

    public static StageRow row(Stage stage) {
        return STAGES.stream().filter(r -> r.stage() == stage).findFirst().orElseThrow();
    }

    /** The stage whose command records the milestone (as its own, or as its gate). */
    public static Stage stageOf(Milestone m) {
        return STAGES.stream().filter(r -> r.records() == m || gateOf(r.stage()).filter(g -> g.milestone() == m).isPresent())
                .findFirst().orElseThrow().stage();
    }

    private static Optional<Gate> gateOf(Stage stage) {
        return Optional.ofNullable(GATES.get(stage));
    }

    /** The milestone a runner command records: its stage's gate when it is the gate's command, else its stage's. */
    public static Milestone recordedBy(RunnerCommand c) {
        return gateOf(c.stage()).filter(g -> g.by().equals(c.command())).map(Gate::milestone)
                .orElse(row(c.stage()).records());
    }

    /** The milestones a stage needs in effect. */
    public static Set<Milestone> needs(Stage stage) {
        Set<Milestone> needs = EnumSet.noneOf(Milestone.class);
        NEEDS.stream().filter(n -> n.stages().contains(stage)).forEach(n -> needs.add(n.milestone()));
        return needs;
    }

    /** The commands that bring a milestone about, and so restore it when the world contradicts it. */
    public static List<Command> restoring(Milestone m) {
        Stage stage = stageOf(m);
        return gateOf(stage).filter(g -> g.milestone() == m).map(g -> List.of(g.by())).orElse(row(stage).by());
    }

    /** Why the CDKTF app must not synthesize the spec's stage in this recorded state; empty when it may. */
    public static List<String> stageRefusals(MigrationSpec spec, MigrationState state) {
        Recorded r = Recorded.of(state);
        List<String> reasons = missingNeeds(spec.stage(), spec, r, null);
        for (StageForbid f : STAGE_FORBIDS) {
            if (f.stages().contains(spec.stage()) && f.when().holds(r)) {
                reasons.add(f.why() + firstRun(f.firstRun(), spec));
            }
        }
        return reasons;
    }

    /** Why a runner command must not run in this recorded state; empty when it may. */
    public static List<String> refusals(RunnerCommand c, MigrationSpec spec, MigrationState state) {
        Recorded r = Recorded.of(state);
        List<String> reasons = c.forward() ? missingNeeds(c.stage(), spec, r, recordedBy(c))
                : new ArrayList<>();
        for (CommandForbid f : COMMAND_FORBIDS) {
            if (f.commands().contains(c) && f.when().holds(r)) {
                reasons.add(f.why() + firstRun(f.firstRun(), spec));
            }
        }
        return reasons;
    }

    /** Throws a {@link Refusal} (exit 5) naming what to run first when the lifecycle does not allow the command. */
    public static void check(RunnerCommand c, MigrationSpec spec, MigrationState state) {
        List<String> reasons = refusals(c, spec, state);
        if (!reasons.isEmpty()) {
            throw new Refusal("`" + c.label() + "` is not allowed yet", reasons);
        }
    }

    /** The needs of {@code stage} not in effect; {@code own} (the milestone the asking command records) excepted. */
    private static List<String> missingNeeds(Stage stage, MigrationSpec spec, Recorded r, Milestone own) {
        List<String> reasons = new ArrayList<>();
        for (Need n : NEEDS) {
            if (n.stages().contains(stage) && n.milestone() != own && !r.has(n.milestone())) {
                reasons.add(n.why() + ": " + sequence(restoring(n.milestone()), spec, null) + " first (the ledger has no "
                        + n.milestone().step() + ")");
            }
        }
        return reasons;
    }

    private static String firstRun(Command c, MigrationSpec spec) {
        return c == null ? "" : ": " + sequence(List.of(c), spec, null) + " first";
    }

    /** "run `a`, then `b`" (an instruction that is a sentence of its own is not prefixed with "run"). */
    static String sequence(List<Command> commands, MigrationSpec spec, String group) {
        List<String> parts = new ArrayList<>();
        for (Command c : commands) {
            parts.add(group == null ? c.instruction(spec) : c.instruction(spec, c.render(spec, group)));
        }
        String joined = String.join(", then ", parts);
        return joined.startsWith("`") ? "run " + joined : joined;
    }

    /**
     * Withdraws what a way back undoes: the milestones recorded by the stages it takes back (those in effect),
     * as ROLLED_BACK; or, for a forward command whose check failed, its own stage's milestone, as FAILED.
     * Returns the milestones withdrawn. The only place that withdraws milestones.
     */
    public static List<Milestone> withdraw(Ledger ledger, RunnerCommand cause, Map<String, Object> details) {
        MigrationState state = ledger.state();
        List<Milestone> withdrawn = new ArrayList<>();
        for (Milestone m : withdrawnBy(cause)) {
            if (state.has(m)) {
                Map<String, Object> d = new LinkedHashMap<>(details);
                d.putIfAbsent("reason", cause.label());
                ledger.append(LedgerEntry.milestone(m, cause.forward() ? LedgerEntry.Status.FAILED
                        : LedgerEntry.Status.ROLLED_BACK, d));
                withdrawn.add(m);
            }
        }
        return withdrawn;
    }

    /**
     * The milestones a command withdraws: its stage's for a forward one that failed; for a way back, those of
     * every stage it undoes, the latest first.
     */
    public static List<Milestone> withdrawnBy(RunnerCommand cause) {
        List<Stage> undone = new ArrayList<>(cause.forward() ? List.of(cause.stage()) : cause.undoes());
        java.util.Collections.reverse(undone);
        if (cause.forward()) {
            return java.util.stream.Stream.ofNullable(recordedBy(cause)).toList();
        }
        List<Milestone> out = new ArrayList<>();
        for (Stage s : undone) {
            java.util.stream.Stream.of(row(s).records(), gateOf(s).map(Gate::milestone).orElse(null))
                    .filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    /**
     * Where the migration is, the next command and the way back, for {@code zkmig status}. Contradicted milestones
     * (recorded, but the servers say otherwise) no longer count and come first: the next command restores them.
     */
    public static Position position(MigrationSpec spec, MigrationState state, Set<Milestone> contradicted, Groups groups) {
        Recorded r = Recorded.of(state).without(contradicted);
        List<Position.Contradiction> shown = new ArrayList<>();
        milestonesInOrder().filter(contradicted::contains).forEach(m -> shown.add(
                new Position.Contradiction(m.step(), sequence(restoring(m), spec, groups.toMark()))));
        StageRow here = reachedRow(r).orElse(row(DEFINE));
        String where = here.reached();
        List<Position.Advice> next = new ArrayList<>();
        if (!shown.isEmpty()) {
            Milestone first = milestonesInOrder().filter(contradicted::contains).findFirst().orElseThrow();
            restoring(first).forEach(c -> next.add(advice(c, spec, groups.toMark(), "the ledger records " + first.step()
                    + " but the servers contradict it: restore it")));
        } else if (r.dynamicSplitInEffect() && !r.has(SPLIT_COMPLETE)) {
            here = row(SPLIT);
            where = "split in progress: it has changed the ensemble and is not complete (paused or stopped)";
            next.add(advice(Commands.SPLIT_DYNAMIC, spec, null, "continues the split from where it stopped"));
        } else {
            next.addAll(ahead(here.stage(), spec, r, groups));
        }
        return new Position(here.stage().yamlName(), where, milestoneNames(r), shown, next,
                wayBack(here, spec, r, groups));
    }

    /** Client groups to fill {@code <group>} in with: those still to mark, those marked (for unmark). */
    public record Groups(String toMark, String marked) {
        public static final Groups NONE = new Groups(null, null);
    }

    private static Optional<StageRow> reachedRow(Recorded r) {
        StageRow last = null;
        for (StageRow row : STAGES) {
            if (row.records() != null && r.has(row.records())) {
                last = row;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The commands of the stages ahead, up to the first that records a milestone (a stage that records nothing,
     * such as connect, is followed by the next one); a stage that still needs a milestone gets its commands instead.
     */
    private static List<Position.Advice> ahead(Stage from, MigrationSpec spec, Recorded r, Groups groups) {
        List<Position.Advice> out = new ArrayList<>();
        if (r.has(row(from).records()) && !row(from).after().isEmpty()) {
            row(from).after().stream().filter(c -> c.appliesTo(spec))
                    .forEach(c -> out.add(advice(c, spec, groups.toMark(), "completes " + from.yamlName())));
            return out;
        }
        Stage[] all = Stage.values();
        for (int i = from.ordinal() + 1; i < all.length; i++) {
            Stage s = all[i];
            Optional<Need> missing = NEEDS.stream().filter(n -> n.stages().contains(s) && !r.has(n.milestone())).findFirst();
            if (missing.isPresent()) {
                restoring(missing.get().milestone()).forEach(c -> out.add(advice(c, spec, groups.toMark(), "stage "
                        + s.yamlName() + " needs " + missing.get().milestone().step() + ": " + missing.get().why())));
                return out;
            }
            byFor(s, spec).stream().filter(c -> gateOf(s).filter(g -> g.by().equals(c) && r.has(g.milestone())).isEmpty())
                    .forEach(c -> out.add(advice(c, spec, groups.toMark(), "brings about stage " + s.yamlName())));
            if (row(s).records() != null) {
                return out;
            }
        }
        return out;
    }

    /** A legacy without dynamic reconfiguration (3.4) splits statically. */
    private static List<Command> byFor(Stage s, MigrationSpec spec) {
        if (s == SPLIT && spec.legacy() != null
                && spec.legacy().servers().stream().anyMatch(x -> !x.zooKeeperVersion().supportsReconfig())) {
            return List.of(Commands.SPLIT_STATIC);
        }
        return row(s).by();
    }

    private static Position.Advice wayBack(StageRow here, MigrationSpec spec, Recorded r, Groups groups) {
        if (here.wayBack() == null) {
            return here.stage() == DEFINE ? null : new Position.Advice(null, null, "none: this is the point of no return");
        }
        Optional<RunnerCommand> rc = runnerCommand(here.wayBack());
        for (CommandForbid f : COMMAND_FORBIDS) {
            if (rc.isPresent() && f.commands().contains(rc.get()) && f.when().holds(r) && f.firstRun() == null) {
                return new Position.Advice(null, null, "none: " + f.why());
            }
        }
        return advice(here.wayBack(), spec, groups.marked(), "undoes " + here.stage().yamlName());
    }

    private static Position.Advice advice(Command c, MigrationSpec spec, String group, String why) {
        String rendered = group == null ? c.render(spec) : c.render(spec, group);
        return new Position.Advice(c.instruction(spec, rendered), c.exists() ? rendered : null, why);
    }

    static Optional<RunnerCommand> runnerCommand(Command c) {
        for (RunnerCommand rc : RunnerCommand.values()) {
            if (rc.command().equals(c)) {
                return Optional.of(rc);
            }
        }
        return Optional.empty();
    }

    private static List<String> milestoneNames(Recorded r) {
        return milestonesInOrder().filter(r::has).map(Milestone::step).toList();
    }

    /** Every milestone, in the order of the stages that record them (a stage's gate before its own). */
    private static java.util.stream.Stream<Milestone> milestonesInOrder() {
        return STAGES.stream().flatMap(row -> java.util.stream.Stream.of(
                gateOf(row.stage()).map(Gate::milestone).orElse(null), row.records()))
                .filter(java.util.Objects::nonNull);
    }
}
