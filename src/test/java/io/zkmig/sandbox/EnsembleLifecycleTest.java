package io.zkmig.sandbox;

import io.zkmig.support.ToolsDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.ServerProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("zookeeper")
class EnsembleLifecycleTest {

    @Test
    void legacyAndTargetOfDifferentVersionsAllServeAndStopCleanly() {
        List<Long> pids = new ArrayList<>();
        try (LocalEnsemble legacy = LocalEnsemble.builder("legacy", "3.6.4").servers(3).addressBlock(1).start();
             LocalEnsemble target = LocalEnsemble.builder("target", "3.9.3").servers(3).firstId(11).addressBlock(2).start()) {
            for (LocalEnsemble e : List.of(legacy, target)) {
                long leaders = 0;
                for (LocalServer s : e.servers()) {
                    ServerStatus st = ServerProbe.probe(s.config().myId(), s.config().clientHost(), s.config().clientPort());
                    assertTrue(st.isServing(), s + " serves: " + st);
                    assertEquals(e.specs().get(0).version(), st.release());
                    leaders += st.role() == ServerRole.LEADER ? 1 : 0;
                    pids.add(s.pid().orElseThrow());
                }
                assertEquals(1, leaders, "exactly one leader in " + e.name());
            }
            assertTrue(legacy.specs().stream().allMatch(s -> s.host().startsWith("127.0.1.")));
            assertTrue(target.specs().stream().allMatch(s -> s.host().startsWith("127.0.2.") && s.id() >= 11));
        }
        pids.forEach(pid -> assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                "server pid " + pid + " still running after close"));
    }

    @Test
    void aStaticLegacyEnsembleStarts() {
        try (LocalEnsemble legacy = LocalEnsemble.builder("legacy34", "3.4.14").servers(3).start()) {
            ServerStatus st = ServerProbe.probe(1, legacy.specs().get(0).host(), legacy.specs().get(0).clientPort());
            assertTrue(st.isServing(), st.toString());
            assertEquals(-1L, st.configVersion(), "3.4 has no dynamic configuration");
        }
    }

    /** A test JVM killed with SIGKILL (no shutdown hooks) must not leave a single server running. */
    @Test
    void killingTheJvmThatStartedAnEnsembleLeavesNothingRunning(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dzkmig.home=" + ToolsDir.home(), EnsembleHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        List<Long> pids = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                if (line.startsWith("PID ")) {
                    pids.add(Long.parseLong(line.substring(4)));
                }
            }
        }
        assertEquals(3, pids.size(), "the holder started 3 servers");
        pids.forEach(pid -> assertTrue(ProcessHandle.of(pid).isPresent()));

        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && pids.stream().anyMatch(p -> ProcessHandle.of(p).isPresent())) {
            Thread.sleep(200);
        }
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            assertFalse(ProcessHandle.of(pid).isPresent(), "orphan ZooKeeper server " + pid);
        }
    }

    /** zkmig sandbox up: detached servers outlive the CLI process that started them; sandbox down stops them. */
    @Test
    void sandboxUpLeavesDetachedServersRunningUntilSandboxDown(@TempDir Path dir) throws Exception {
        java.util.List<io.zkmig.spec.ServerSpec> specs = LocalEnsemble.builder("detached", "3.8.4").servers(3).allocate();
        Path spec = io.zkmig.testing.SpecFixture.of(specs, List.of()).stage(io.zkmig.spec.Stage.DEFINE).write(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process up = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dzkmig.home=" + ToolsDir.home(), io.zkmig.app.Main.class.getName(), "sandbox", "up", spec.toString())
                .redirectErrorStream(true).start();
        String output = new String(up.getInputStream().readAllBytes());
        assertTrue(up.waitFor(120, TimeUnit.SECONDS));
        try {
            assertEquals(0, up.exitValue(), output);
            for (io.zkmig.spec.ServerSpec s : specs) {
                assertTrue(io.zkmig.ensemble.FourLetterWords.isServing(s.host(), s.clientPort()),
                        s.clientAddress() + " still serves after `sandbox up` exited\n" + output);
            }
        } finally {
            assertEquals(0, io.zkmig.testing.Cli.run("sandbox", "down", spec.toString()).exitCode());
        }
        for (io.zkmig.spec.ServerSpec s : specs) {
            assertFalse(io.zkmig.ensemble.FourLetterWords.isServing(s.host(), s.clientPort()), "stopped by sandbox down");
        }
    }

    /** Runs in a separate JVM: starts an ensemble, prints the server pids, then waits to be killed. */
    public static final class EnsembleHolder {
        public static void main(String[] args) throws Exception {
            LocalEnsemble e = LocalEnsemble.builder("held", "3.8.4").servers(3).baseDir(Path.of(args[0])).start();
            for (LocalServer s : e.servers()) {
                System.out.println("PID " + s.pid().orElseThrow());
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            e.close();
        }
    }
}
