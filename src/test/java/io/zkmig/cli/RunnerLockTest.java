package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.ServerSpec;
import io.zkmig.support.ToolsDir;
import io.zkmig.testing.SpecFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runners started at once on one migration, each its own JVM (as two operators, or a cron job and an
 * operator, would start them): exactly one takes the runner lock and works, the other is refused at once
 * with exit 5 and says who holds the lock. The winner is held inside its first step until the loser is done.
 */
class RunnerLockTest {
    static final String HELD = "another zkmig runner is working on this migration (lock ";

    @TempDir
    Path dir;

    @Test
    void twoRunnerProcessesContendForTheLockAndExactlyOneProceeds() throws Exception {
        List<ServerSpec> legacy = new ArrayList<>();
        List<ServerSpec> target = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            legacy.add(new ServerSpec(1 + i, "127.0.1." + (240 + i), 2181, 2888, 3888, null, "3.8.4"));
            target.add(new ServerSpec(11 + i, "127.0.2." + (240 + i), 2181, 2888, 3888, null, "3.9.3"));
        }
        Path spec = SpecFixture.of(legacy, target).write(dir);
        Path lock = dir.resolve("state").resolve(FileLedger.LOCK_FILE);
        String step = Milestone.TARGET_PROVISIONED.step();

        List<Runner> runners = List.of(Runner.start(spec, step), Runner.start(spec, step));
        try {
            Runner loser = awaitFirstExit(runners, 120);
            Runner winner = runners.get(0) == loser ? runners.get(1) : runners.get(0);
            assertEquals(ExitCodes.REFUSED, loser.process.exitValue(), loser.output());
            assertTrue(loser.output().contains(HELD + lock + " is held); wait for it to finish or stop it first"),
                    loser.output());
            assertTrue(winner.awaitOutput("zkmig: paused at " + step + ":before", 120), winner.output());
            assertTrue(winner.process.isAlive(), "the winner holds the lock inside its step");

            winner.proceed();
            assertTrue(winner.process.waitFor(120, TimeUnit.SECONDS), winner.output());
            assertNotEquals(ExitCodes.REFUSED, winner.process.exitValue(), winner.output());
            assertTrue(!winner.output().contains(HELD), winner.output());
        } finally {
            runners.forEach(r -> r.process.destroyForcibly());
        }
        List<LedgerEntry> started = FileLedger.readOnly(dir.resolve("state")).entries().stream()
                .filter(e -> e.step().equals(step) && e.status() == LedgerEntry.Status.STARTED).toList();
        assertEquals(1, started.size(), "exactly one runner worked: " + started);
    }

    private static Runner awaitFirstExit(List<Runner> runners, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            for (Runner r : runners) {
                if (!r.process.isAlive()) {
                    r.drained();
                    return r;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("neither runner was refused within " + seconds + " s:\n" + runners.get(0).output()
                + "\n---\n" + runners.get(1).output());
    }

    /** {@code zkmig provisioned <spec>} in a JVM of its own, paused inside its step until told to go on. */
    private record Runner(Process process, StringBuffer out, Thread reader) {
        static Runner start(Path spec, String step) throws IOException {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dzkmig.home=" + ToolsDir.home(),
                    "-Dzkmig.pauseAt=" + step + ":before", "io.zkmig.cli.Main", "provisioned", spec.toString())
                    .redirectErrorStream(true).start();
            StringBuffer out = new StringBuffer();
            Thread reader = new Thread(() -> copy(p.getInputStream(), out), "runner-" + p.pid());
            reader.setDaemon(true);
            reader.start();
            return new Runner(p, out, reader);
        }

        boolean awaitOutput(String text, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline && !out.toString().contains(text)) {
                if (!process.isAlive()) {
                    drained();
                    return out.toString().contains(text);
                }
                Thread.sleep(50);
            }
            return out.toString().contains(text);
        }

        void proceed() throws IOException {
            OutputStream in = process.getOutputStream();
            in.write('\n');
            in.close();
        }

        void drained() throws InterruptedException {
            reader.join(10_000);
        }

        String output() {
            return "pid " + process.pid() + ":\n" + out;
        }

        private static void copy(InputStream in, StringBuffer out) {
            try (in) {
                byte[] buffer = new byte[4096];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                out.append("(output ended: ").append(e.getMessage()).append(')');
            }
        }
    }
}
