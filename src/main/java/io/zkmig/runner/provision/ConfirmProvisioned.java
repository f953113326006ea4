package io.zkmig.runner.provision;

import io.zkmig.ensemble.EnsembleProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.ledger.Milestone;
import java.util.List;

/**
 * Confirms what {@code cdktf deploy <name>-target} provisioned: every target server the spec lists serves,
 * runs the cluster's version, and the servers form one ensemble with a leader. Only then does the ledger
 * get {@code milestone.target-provisioned}, which the bridge stack waits for.
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

    @Override
    public boolean isDone(MigrationContext ctx) {
        return ctx.ledger().state().has(Milestone.TARGET_PROVISIONED);
    }

    @Override
    public void run(MigrationContext ctx) {
        var target = ctx.spec().target();
        if (target.servers().isEmpty()) {
            throw new IllegalStateException("the spec lists no target.servers: copy the node addresses from "
                    + "`cdktf output " + ctx.spec().name() + "-target` into target.servers first");
        }
        List<ServerStatus> statuses = EnsembleProbe.probe(target.servers());
        StringBuilder problems = new StringBuilder();
        for (ServerStatus s : statuses) {
            if (!s.isServing()) {
                problems.append("\n  target ").append(s.id()).append(" at ").append(s.address()).append(" is ")
                        .append(s.role().label());
            } else if (!target.version().equals(s.release())) {
                problems.append("\n  target ").append(s.id()).append(" runs ").append(s.release())
                        .append(", the spec says ").append(target.version());
            }
        }
        long leaders = statuses.stream().filter(s -> s.role() == ServerRole.LEADER).count();
        if (problems.isEmpty() && leaders != 1) {
            problems.append("\n  expected one leader among the target servers, found ").append(leaders);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the target cluster is not ready:" + problems);
        }
        ctx.out().printf("  target cluster %s: %d servers serving %s, one leader%n", target.clusterName(),
                statuses.size(), target.version());
    }
}
