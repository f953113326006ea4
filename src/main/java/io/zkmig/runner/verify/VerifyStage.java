package io.zkmig.runner.verify;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.StepChain;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.RunnerCommand;
import java.util.List;
import java.util.Map;

/**
 * Stage verify: one parity step (it always runs: parity is a fact of now, not of the past), then
 * {@code milestone.verified}. A failed verify withdraws an earlier {@code milestone.verified}.
 */
public final class VerifyStage {
    public static final String STAGE = "verify";
    public static final String REPORT = "verify.report";
    /** Set in {@code ctx.facts()} when verify refused because the target servers do not follow: what to run. */
    public static final String REFUSED = "verify.refused";

    private VerifyStage() {
    }

    public static StepChain chain(ParityCheck check) {
        return new StepChain(STAGE, List.of(new Parity(check), new Verified()));
    }

    /** Runs the chain; the report is in {@code ctx.facts()} under {@link #REPORT} whenever the check ran. */
    public static StepChain.Result run(MigrationContext ctx, ParityCheck check) {
        StepChain.Result r = chain(check).run(ctx);
        if (!r.succeeded()) {
            MigrationLifecycle.withdraw(ctx.ledger(), RunnerCommand.VERIFY, Map.of("reason", r.failure()));
        }
        return r;
    }

    private record Parity(ParityCheck check) implements Step {
        @Override
        public String name() {
            return StepNames.VERIFY_PARITY;
        }

        @Override
        public String describe() {
            return "compare every target server with the legacy ensemble: zxid, digest, znode count, tree";
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            return false;
        }

        @Override
        public void run(MigrationContext ctx) throws Exception {
            ParityReport report;
            try {
                report = check.run();
            } catch (FollowingPrecheck.NotFollowing e) {
                ctx.facts().put(REFUSED, e.getMessage());
                throw e;
            }
            ctx.facts().put(REPORT, report);
            if (!report.passed()) {
                throw new IllegalStateException(report.differences().size() + " difference(s) between legacy and target");
            }
        }
    }

    private static final class Verified implements Step {
        @Override
        public String name() {
            return Milestone.VERIFIED.step();
        }

        @Override
        public String describe() {
            return "record that parity was proven";
        }

        @Override
        public boolean isDone(MigrationContext ctx) {
            return false;
        }

        @Override
        public void run(MigrationContext ctx) {
            // the parity step before it passed; StepChain records this milestone DONE
        }
    }
}
