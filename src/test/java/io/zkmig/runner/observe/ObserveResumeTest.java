package io.zkmig.runner.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.CrashPoint;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.support.ToolsDir;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner dies mid-observe (its JVM halts right after server 12 restarted as observer, before the ledger
 * records it); a second runner is refused while the first holds the lock; the next run resumes where the
 * first stopped, finds server 12's restart already in effect, and finishes.
 */
@Tag("zookeeper")
class ObserveResumeTest {

    @Test
    void aRunnerKilledMidObserveResumesAndFinishes(@TempDir Path dir) throws Exception {
        try (Migration m = Migration.start(dir, "3.8.4", true)) {
            String crashAt = RestartAsObserver.NAME + "@12:after";
            Process runner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dzkmig.home=" + ToolsDir.home(),
                    "-Dzkmig.crashAt=" + crashAt, "io.zkmig.cli.Main", "observe", m.specFile.toString(), "--no-progress")
                    .redirectErrorStream(true).start();
            String output = new String(runner.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(runner.waitFor(5, TimeUnit.MINUTES));
            assertEquals(CrashPoint.EXIT_CODE, runner.exitValue(), output);
            assertTrue(output.contains("injected crash at " + crashAt), output);

            List<LedgerEntry> afterCrash = m.ledger().entries();
            LedgerEntry last = afterCrash.get(afterCrash.size() - 1);
            assertEquals(RestartAsObserver.NAME + "/12/STARTED", last.step() + "/" + last.subject() + "/" + last.status());

            try (FileLedger other = FileLedger.open(m.spec().stateDir())) {
                Migration.Run refused = m.zkmig("observe", "--no-progress");
                assertEquals(5, refused.exit(), refused::toString);
                assertTrue(refused.err().contains("another zkmig runner"), refused::toString);
            }

            Migration.Run resumed = m.zkmig("observe", "--no-progress");
            assertEquals(0, resumed.exit(), resumed::toString);
            assertTrue(resumed.out().contains("= " + RestartAsObserver.NAME + " [12]: already done"), resumed::toString);
            assertTrue(resumed.out().contains("> " + RestartAsObserver.NAME + " [13]"), resumed::toString);
            assertTrue(m.ledger().has(Milestone.TARGET_OBSERVING));
            assertTrue(m.ledger().isDone(RestartAsObserver.NAME, "12"));
            LegacyView legacy = LegacyView.read(m.spec());
            m.spec().target().servers().forEach(t -> assertTrue(TargetObservation.of(t, legacy).observing(), "server " + t.id()));
        }
    }
}
