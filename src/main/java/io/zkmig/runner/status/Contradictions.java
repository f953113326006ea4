package io.zkmig.runner.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.zkmig.runner.cutover.CutoverMarks;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.Command;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.Recorded;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.MigrationSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the ledger records and the servers contradict, found by comparing the two (after a reboot, a crash, an
 * operator's hand): each contradicted milestone with what the servers show and the command that restores it, and
 * first of all the one danger, a target serving an ensemble of its own while a group is marked moved (its clients
 * would be served another tree, and their writes would never reach the legacy ensemble).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contradictions(Danger danger, List<Contradiction> contradicted) {

    /** Target servers serving a tree of their own to groups that were told to use them. */
    public record Danger(List<String> groups, List<Integer> servers, String restore) {
        @JsonProperty("text")
        public String text() {
            return "DANGER: target server(s) " + servers + " serve an ensemble of their own, not the legacy's data, while "
                    + "group(s) " + groups + " are marked moved: clients that connect with those groups' `after` connect "
                    + "string are served another tree, and what they write never reaches the legacy ensemble. Restore: "
                    + sentence(restore);
        }
    }

    /** A record the servers contradict ({@code milestone} null for a group's cutover mark), why, and what restores it. */
    public record Contradiction(String recorded, Milestone milestone, String world, String restore) {
        @JsonProperty("text")
        public String text() {
            return recorded + " is contradicted: " + world + ". Restore: " + sentence(restore);
        }
    }

    public static Contradictions of(MigrationSpec spec, MigrationState state, LiveView live) {
        Recorded recorded = Recorded.of(state);
        List<String> moved = spec.clients().stream().map(ClientGroup::name)
                .filter(g -> CutoverMarks.of(state, g).isPresent()).toList();
        List<Contradiction> out = new ArrayList<>();
        Danger danger = null;
        if (recorded.staticSplit() || recorded.dynamicSplitInEffect()) {
            if (recorded.has(Milestone.SPLIT_COMPLETE)) {
                live.notTheEnsemble().ifPresent(w -> out.add(new Contradiction(Milestone.SPLIT_COMPLETE.step(),
                        Milestone.SPLIT_COMPLETE, "the target servers are not the ensemble: " + w, startTargets(spec)
                        + ", then `zkmig status " + Command.specPath(spec) + "`")));
            }
            return new Contradictions(danger, out);
        }
        List<LiveView.Target> own = live.servingTheirOwn();
        Optional<String> off = live.notFollowing();
        String restoreObserving = live.legacyLeads() ? commands(spec, MigrationLifecycle.restoring(Milestone.TARGET_OBSERVING))
                : startLegacy(spec) + ", then " + commands(spec, MigrationLifecycle.restoring(Milestone.TARGET_OBSERVING));
        if (!moved.isEmpty() && !own.isEmpty()) {
            danger = new Danger(moved, own.stream().map(LiveView.Target::id).toList(), restoreObserving
                    + " now (it stops that ensemble and restarts each server as observer), or move those clients back "
                    + "to their `before` connect string");
        }
        if (off.isEmpty()) {
            return new Contradictions(danger, out);
        }
        String world = off.get();
        if (recorded.has(Milestone.TARGET_OBSERVING)) {
            out.add(new Contradiction(Milestone.TARGET_OBSERVING.step(), Milestone.TARGET_OBSERVING,
                    "not every target server follows the legacy leader: " + world, restoreObserving));
        }
        if (recorded.has(Milestone.VERIFIED)) {
            out.add(new Contradiction(Milestone.VERIFIED.step(), Milestone.VERIFIED, "parity cannot hold while " + world,
                    restoreObserving + ", then " + commands(spec, MigrationLifecycle.restoring(Milestone.VERIFIED))));
        }
        if (recorded.has(Milestone.CUTOVER_COMPLETE) || !moved.isEmpty()) {
            String marks = recorded.has(Milestone.CUTOVER_COMPLETE) ? Milestone.CUTOVER_COMPLETE.step()
                    : "the cutover mark of " + String.join(", ", moved);
            out.add(new Contradiction(marks, recorded.has(Milestone.CUTOVER_COMPLETE) ? Milestone.CUTOVER_COMPLETE : null,
                    "group(s) " + moved + " were moved to target servers that do not serve the legacy's data: " + world,
                    restoreObserving));
        }
        return new Contradictions(danger, out);
    }

    /** Reads the servers and compares. */
    public static Contradictions check(MigrationSpec spec, MigrationState state) {
        return of(spec, state, LiveView.read(spec));
    }

    public boolean any() {
        return danger != null || !contradicted.isEmpty();
    }

    /** The milestones that no longer hold (the lifecycle counts the migration as not having them). */
    public Set<Milestone> milestones() {
        return contradicted.stream().map(Contradiction::milestone).filter(m -> m != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Milestone.class)));
    }

    /** What {@code zkmig status} prints before anything else: the danger first, then each contradiction. */
    public List<String> lines() {
        return Stream.concat(Stream.ofNullable(danger).map(Danger::text), contradicted.stream().map(Contradiction::text)).toList();
    }

    /** "run `zkmig ...`" when the instruction starts with a command. */
    static String sentence(String instruction) {
        return instruction.startsWith("`") ? "run " + instruction : instruction;
    }

    private static String commands(MigrationSpec spec, List<Command> commands) {
        return commands.stream().map(c -> c.instruction(spec)).collect(Collectors.joining(", then "));
    }

    private static String startLegacy(MigrationSpec spec) {
        return "start the legacy servers (their service manager; in the sandbox `zkmig sandbox up --target "
                + Command.specPath(spec) + "`)";
    }

    private static String startTargets(MigrationSpec spec) {
        return "start the target servers (their service manager; in the sandbox `zkmig sandbox up --target "
                + Command.specPath(spec) + "`)";
    }
}
