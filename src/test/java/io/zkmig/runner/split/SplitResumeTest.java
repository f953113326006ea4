package io.zkmig.runner.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.CrashPoint;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.support.ToolsDir;
import io.zkmig.runner.probe.WorkloadStats;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner dies at every step of the split (a halt, like kill -9: right before a step, or right after
 * its effect and before the ledger records it), and {@code zkmig split} run again finishes the job with
 * the same invariants as an uninterrupted split. The runner runs as the real CLI in a child JVM; the
 * servers and the live clients belong to the test.
 */
@Tag("zookeeper")
class SplitResumeTest {

    @Test
    void aCrashAtEveryStepThenARerunCompletesTheSplitWithOneLeaderChange(@TempDir Path dir) throws Exception {
        try (SplitFixture f = SplitFixture.start(dir, "3.8.4")) {
            f.startWorkload();
            f.recordObservedAndVerified();
            List<Integer> legacyIds = f.legacy.specs().stream().map(ServerSpec::id).toList();
            int leader = new EnsembleView(null, EnsembleView.probeAll(f.legacy.specs())).statuses().values().stream()
                    .filter(s -> s.role() == io.zkmig.ensemble.ServerRole.LEADER).findFirst().orElseThrow().id();
            List<Integer> followers = legacyIds.stream().filter(id -> id != leader).toList();
            // every step of the plan, alternating a crash before it and after its effect
            List<String> crashes = List.of(
                    "split.preconditions:after",
                    "split.promote@11:after",
                    "split.promote@12:before",
                    "split.promote@13:after",
                    "split.remove-follower@" + followers.get(0) + ":after",
                    "split.remove-follower@" + followers.get(1) + ":before",
                    "split.announce-leader-change:after",
                    "split.remove-leader:after",
                    "split.confirm:after");
            try (LeaderTimeline watch = LeaderTimeline.start(f.allSpecs())) {
                for (String crash : crashes) {
                    Run r = zkmigSplit(f, dir, crash, "--no-probe");
                    assertEquals(CrashPoint.EXIT_CODE, r.exit(), "expected the injected crash at " + crash + ":\n" + r.output());
                    assertTrue(r.output().contains("injected crash at"), r.output());
                }
                // the pause: announced, recorded, and nothing removed
                Run paused = zkmigSplit(f, dir, null, "--pause-before-leader");
                // the previous crash was after confirm, so the split is complete by now: a rerun is a no-op
                assertEquals(0, paused.exit(), paused.output());
                assertTrue(paused.output().contains("already done"), paused.output());
                watch.close();
                assertEquals(1, watch.leaderChanges(), "leaders seen: " + watch.leaderSequence());
            }
            MigrationState state = FileLedger.readOnly(f.spec.stateDir()).state();
            assertTrue(state.has(Milestone.SPLIT_COMPLETE));
            assertInvariants(f);
        }
    }

    @Test
    void pauseBeforeLeaderStopsAfterTheAnnouncementAndARerunFinishes(@TempDir Path dir) throws Exception {
        try (SplitFixture f = SplitFixture.start(dir, "3.5.10")) {
            f.startWorkload();
            f.recordObservedAndVerified();
            try (LeaderTimeline watch = LeaderTimeline.start(f.allSpecs())) {
                Run crash = zkmigSplit(f, dir, "split.remove-follower:before", "--no-probe");
                assertEquals(CrashPoint.EXIT_CODE, crash.exit(), crash.output());
                Run paused = zkmigSplit(f, dir, null, "--pause-before-leader");
                assertEquals(0, paused.exit(), paused.output());
                assertTrue(paused.output().contains("LEADER CHANGE NEXT"), paused.output());
                assertTrue(paused.output().contains("leader-latch holder: group scheduler"), paused.output());
                assertTrue(paused.output().contains("PAUSED"), paused.output());
                assertEquals(0, watch.leaderChanges(), "paused before the leader change: " + watch.leaderSequence());
                assertFalse(FileLedger.readOnly(f.spec.stateDir()).state().has(Milestone.SPLIT_COMPLETE));

                Run crashAtLeader = zkmigSplit(f, dir, "split.remove-leader:before", "--pause-before-leader", "--no-probe");
                assertEquals(CrashPoint.EXIT_CODE, crashAtLeader.exit(), "the rerun continues past the pause:\n"
                        + crashAtLeader.output());
                Run done = zkmigSplit(f, dir, null);
                assertEquals(0, done.exit(), done.output());
                assertTrue(done.output().contains("split report: COMPLETED"), done.output());
                assertTrue(done.output().contains("client impact"), "the CLI's own probe reports: " + done.output());
                watch.close();
                assertEquals(1, watch.leaderChanges(), "leaders seen: " + watch.leaderSequence());
            }
            assertInvariants(f);
        }
    }

    private static void assertInvariants(SplitFixture f) throws Exception {
        f.workload.awaitWrites(20, Duration.ofSeconds(30));
        f.workload.stop();
        WorkloadStats s = f.workload.stats();
        System.out.println("workload: " + s.summary());
        assertEquals(List.of(), f.workload.missingAcknowledgedWrites(), "acknowledged writes lost");
        assertEquals(0, s.sessionsExpired(), s.summary());
        assertTrue(s.maxConcurrentLeaders() <= 1, "two leaders at once: " + s.summary());
    }

    record Run(int exit, String output) {
    }

    /** {@code zkmig split <spec> --force <fixed group> [args]} in a child JVM, optionally crashing at {@code crashAt}. */
    static Run zkmigSplit(SplitFixture f, Path dir, String crashAt, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dzkmig.home=" + ToolsDir.home()));
        if (crashAt != null) {
            cmd.add("-Dzkmig.crashAt=" + crashAt);
        }
        cmd.addAll(List.of("io.zkmig.cli.Main", "split", f.specFile.toString(), "--force", f.fixedGroup()));
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "zkmig-split-", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("ZKMIG_SUPER_PASSWORD", SplitFixture.SUPER_PASSWORD);
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("zkmig split did not finish:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("---- zkmig split " + (crashAt == null ? "" : "(crash at " + crashAt + ") ") + String.join(" ", args)
                + " -> exit " + p.exitValue() + "\n" + output);
        return new Run(p.exitValue(), output);
    }
}
