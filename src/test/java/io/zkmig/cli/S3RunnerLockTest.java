package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.cloud.AwsSession;
import io.zkmig.cloud.S3Ledger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.LedgerSpec;
import io.zkmig.spec.ServerSpec;
import io.zkmig.support.ToolsDir;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.SpecFixture;
import io.zkmig.testing.TestAws;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Two runners on two machines (each its own JVM and state folder) started at once on one migration whose ledger is
 * in S3: exactly one creates the ledger's lock object and works, the other is refused at once with exit 5, naming
 * who holds it. Nothing the winner wrote is lost, and the loser, run again once the winner is done, numbers its
 * records on from the winner's. No output carries the AWS secret.
 */
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class S3RunnerLockTest {
    static final String HELD = "another zkmig runner is working on this migration (lock ";

    @TempDir
    Path dir;

    @Test
    void twoRunnersOnTwoMachinesContendForTheS3LedgerAndExactlyOneProceeds(TestAws aws) throws Exception {
        String bucket = "zkmig-runners-" + UUID.randomUUID().toString().substring(0, 8);
        try (S3Client s3 = AwsSession.s3(TestAws.REGION, aws.endpoint().toString(), TestAws.PROFILE)) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        LedgerSpec ledger = new LedgerSpec(LedgerSpec.S3, bucket, "orders/ledger.jsonl", TestAws.REGION,
                aws.endpoint().toString(), TestAws.PROFILE);
        List<ServerSpec> legacy = new ArrayList<>();
        List<ServerSpec> target = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            legacy.add(new ServerSpec(1 + i, "127.0.1." + (230 + i), 2181, 2888, 3888, null, "3.8.4"));
            target.add(new ServerSpec(11 + i, "127.0.2." + (230 + i), 2181, 2888, 3888, null, "3.9.3"));
        }
        Path specA = SpecFixture.of(legacy, target).ledger(ledger).write(dir.resolve("host-a"));
        Path specB = SpecFixture.of(legacy, target).ledger(ledger).write(dir.resolve("host-b"));
        String step = Milestone.TARGET_PROVISIONED.step();

        List<Runner> runners = List.of(Runner.start(specA, step, aws), Runner.start(specB, step, aws));
        Runner loser;
        Runner winner;
        try {
            loser = awaitFirstExit(runners, 120);
            winner = runners.get(0) == loser ? runners.get(1) : runners.get(0);
            assertEquals(ExitCodes.REFUSED, loser.process.exitValue(), loser.output());
            assertTrue(loser.output().contains(HELD + ledger.location() + ".lock is held by pid " + winner.process.pid()
                    + " on "), loser.output());
            assertTrue(loser.output().contains("; wait for it to finish or stop it first"), loser.output());
            assertTrue(winner.awaitOutput("zkmig: paused at " + step + ":before", 120), winner.output());
            assertTrue(winner.process.isAlive(), "the winner holds the ledger inside its step");

            winner.proceed();
            assertTrue(winner.process.waitFor(120, TimeUnit.SECONDS), winner.output());
            assertNotEquals(ExitCodes.REFUSED, winner.process.exitValue(), winner.output());
        } finally {
            runners.forEach(r -> r.process.destroyForcibly());
        }
        List<LedgerEntry> won = read(aws, ledger);
        assertEquals(1, won.stream().filter(e -> e.step().equals(step) && e.status() == LedgerEntry.Status.STARTED).count(),
                "exactly one runner worked: " + won);
        assertEquals(LedgerEntry.Status.FAILED, won.get(won.size() - 1).status(), "the winner's end is recorded: " + won);

        Path loserSpec = loser == runners.get(0) ? specA : specB;
        Runner rerun = Runner.start(loserSpec, null, aws);
        assertTrue(rerun.process.waitFor(120, TimeUnit.SECONDS), rerun.output());
        rerun.drained();
        assertNotEquals(ExitCodes.REFUSED, rerun.process.exitValue(), rerun.output());
        List<LedgerEntry> after = read(aws, ledger);
        assertEquals(won, after.subList(0, won.size()), "nothing the winner wrote is lost or changed");
        assertTrue(after.size() > won.size(), "the rerun recorded its own run: " + after);
        for (int i = 0; i < after.size(); i++) {
            assertEquals(i + 1, after.get(i).seq(), "the rerun numbered on from the winner's records: " + after);
        }
        for (Runner r : List.of(runners.get(0), runners.get(1), rerun)) {
            assertFalse(r.output().contains(aws.secret()), "the AWS secret is never printed");
        }
    }

    private static List<LedgerEntry> read(TestAws aws, LedgerSpec ledger) {
        try (Ledger l = S3Ledger.readOnly(AwsSession.s3(TestAws.REGION, aws.endpoint().toString(), TestAws.PROFILE), ledger)) {
            return l.entries();
        }
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

    /** {@code zkmig provisioned <spec>} in a JVM of its own with the emulator's profile, paused inside a step if asked. */
    private record Runner(Process process, StringBuffer out, Thread reader) {
        static Runner start(Path spec, String pauseStep, TestAws aws) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dzkmig.home=" + ToolsDir.home()));
            if (pauseStep != null) {
                command.add("-Dzkmig.pauseAt=" + pauseStep + ":before");
            }
            command.addAll(List.of("io.zkmig.cli.Main", "provisioned", spec.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            builder.environment().putAll(aws.environment());
            Process p = builder.start();
            if (pauseStep == null) {
                p.getOutputStream().close();
            }
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
