package io.zkmig.runner.decommission;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.disconnect.BridgeGone;
import io.zkmig.runner.disconnect.QuietPeriod;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.sessions.ClientSessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Decommission's live checks, on every run before any snapshot: the bridge is gone and the target serves alone
 * ({@link BridgeGone}), and no client session sits on a legacy server (a client that never moved would lose its
 * ensemble with them). The lifecycle has already required split, cutover and disconnect in the ledger.
 */
public final class DecommissionPreconditions implements Step {

    @Override
    public String name() {
        return StepNames.DECOMMISSION_PRECONDITIONS;
    }

    @Override
    public String describe() {
        return "check live that the bridge is gone, the target serves alone and no session is on a legacy server";
    }

    @Override
    public boolean isDone(MigrationContext ctx) {
        return false;
    }

    @Override
    public void run(MigrationContext ctx) {
        List<String> problems = new ArrayList<>(BridgeGone.problems(ctx.spec(), ctx.ledger().state()));
        for (ClientSessions.Connection c : QuietPeriod.cons(ctx.spec().legacy().servers(), Instant.now()).sessions()) {
            problems.add("session 0x" + Long.toHexString(c.sessionId()) + " from " + c.clientAddress()
                    + " is on legacy server " + c.serverId() + ": its client has not moved");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the legacy servers cannot go yet:\n  " + String.join("\n  ", problems));
        }
        ctx.out().println("  the bridge is gone, the target serves alone, no session is on a legacy server");
    }
}
