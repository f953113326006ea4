package io.zkmig.runner.provision;

import io.zkmig.ensemble.EnsembleProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.ledger.Milestone;
import java.util.ArrayList;
import java.util.List;

/**
 * Confirms what {@code cdktf deploy <name>-target} provisioned: every target server the spec lists serves,
 * runs the cluster's version, and the servers form one ensemble with a leader. Only then does the ledger
 * get {@code milestone.target-provisioned}, which the bridge stack waits for. Every run checks the target again,
 * so a re-run after the target changed (a server down, another version) fails instead of repeating the record.
 */
public final class ConfirmProvisioned implements Step {

    @Override
    public String name() {
        return Milestone.TARGET_PROVISIONED.step();
    }

    @Override
    public String describe() {
        return "check that every target server serves version and quorum, then record the target as provisioned";
    }

    /** Recorded, and the target still serves as it did: checked again on every run, never read from the ledger alone. */
    @Override
    public boolean isDone(MigrationContext ctx) {
        return ctx.ledger().state().has(Milestone.TARGET_PROVISIONED) && problems(ctx).isEmpty();
    }

    @Override
    public void run(MigrationContext ctx) {
        List<String> problems = problems(ctx);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the target cluster is not ready:\n  " + String.join("\n  ", problems));
        }
        var target = ctx.spec().target();
        ctx.out().printf("  target cluster %s: %d servers serving %s, one leader%n", target.clusterName(),
                target.servers().size(), target.version());
    }

    /** What keeps the target from counting as provisioned, as the servers report themselves now. */
    private static List<String> problems(MigrationContext ctx) {
        var target = ctx.spec().target();
        if (target.servers().isEmpty()) {
            return List.of("the spec lists no target.servers: copy the node addresses from `cdktf output "
                    + ctx.spec().name() + "-target` into target.servers first");
        }
        List<ServerStatus> statuses = EnsembleProbe.probe(target.servers());
        List<String> problems = new ArrayList<>();
        for (ServerStatus s : statuses) {
            if (!s.isServing()) {
                problems.add("target " + s.id() + " at " + s.address() + " is " + s.role().label());
            } else if (!target.version().equals(s.release())) {
                problems.add("target " + s.id() + " runs " + s.release() + ", the spec says " + target.version());
            }
        }
        long leaders = statuses.stream().filter(s -> s.role() == ServerRole.LEADER).count();
        if (problems.isEmpty() && leaders != 1) {
            problems.add("expected one leader among the target servers, found " + leaders);
        }
        return problems;
    }
}
