package io.zkmig.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.observe.LegacyView;
import io.zkmig.runner.observe.ObserverState;
import io.zkmig.runner.observe.TargetObservation;
import io.zkmig.sandbox.Sandbox;
import io.zkmig.runner.probe.ClientWorkload;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SandboxMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reboot of everything: every ZooKeeper process of a migration killed at once (SIGKILL), then brought back the
 * documented way ({@code zkmig sandbox up --target}, which starts each server as its service manager would), and
 * the documented commands bring the migration back.
 */
@Tag("zookeeper")
class RebootTest {

    @Test
    void afterObserveNoTargetComesBackAsAnEnsembleOfItsOwnAndObserveRestoresEveryObserver(@TempDir Path dir)
            throws Exception {
        try (SandboxMigration m = SandboxMigration.start(dir, "3.8.4");
             ClientWorkload clients = ClientWorkload.start(m.legacyConnectString(), ClientWorkload.Options.defaults())) {
            assertTrue(clients.awaitWrites(20, Duration.ofSeconds(60)));
            run(m, 0, "observe", "--no-progress");
            Map<Integer, String> configsBefore = targetConfigs(m);

            m.killEveryServer();
            List<Sandbox.Started> up = m.up();

            assertEquals(configsBefore, targetConfigs(m), "every target keeps the configuration zkmig and ZooKeeper left it");
            up.stream().filter(s -> s.server().name().startsWith("legacy")).forEach(s -> assertTrue(s.serving(), s::toString));
            for (Map.Entry<ServerSpec, ObserverState> t : targetStates(m).entrySet()) {
                assertNotEquals(ObserverState.OWN_ENSEMBLE, t.getValue(), "target " + t.getKey().id() + " after the reboot");
            }

            run(m, 0, "observe", "--no-progress");
            targetStates(m).forEach((t, state) -> assertTrue(state.observing(), t.id() + ": " + state));
            assertTrue(clients.awaitWrites(20, Duration.ofSeconds(60)), "the legacy takes writes again");
            clients.stop();
            assertEquals(List.of(), clients.missingAcknowledgedWrites());
        }
    }

    /**
     * What {@code sandbox up --target} did before it kept configurations: the targets came back as their own, empty
     * ensemble while a group was marked moved. Then 11 and 12 went down, and 13, alone with its own-ensemble
     * configuration, was up but not serving: {@code observe} judged its stop and its restart as observer "already
     * done" because zkmig had once changed it, and waited on it until the catch-up timeout. Each step now judges
     * from the configuration the server runs.
     */
    @Test
    void aTargetLeftRunningItsOwnEnsembleConfigurationIsStoppedAndObservesAgain(@TempDir Path dir) throws Exception {
        try (SandboxMigration m = SandboxMigration.start(dir, "3.8.4")) {
            run(m, 0, "observe", "--no-progress");
            run(m, 0, "verify");
            run(m, 0, "cutover mark", "orders-api", "--reason", "CHG-1 restarted onto the target");

            m.restartTargetsAsTheirOwnEnsemble();
            targetStates(m).forEach((t, state) -> assertEquals(ObserverState.OWN_ENSEMBLE, state, "target " + t.id()));
            m.kill(11);
            m.kill(12);
            assertEquals(ObserverState.SYNCING, awaitState(m, 13, ObserverState.SYNCING), "13 alone: up, no quorum");

            Cli observe = run(m, 0, "observe", "--no-progress", "--catch-up-timeout", "60s");
            assertTrue(observe.out().contains("> observe.stop-own-ensemble [13]"), observe::toString);
            targetStates(m).forEach((t, state) -> assertTrue(state.observing(), t.id() + ": " + state));
        }
    }

    private static Cli run(SandboxMigration m, int exit, String command, String... args) {
        Cli r = m.zkmig(command, args);
        assertEquals(exit, r.exitCode(), () -> "zkmig " + command + " " + String.join(" ", args) + "\n" + r);
        return r;
    }

    private static ObserverState awaitState(SandboxMigration m, int id, ObserverState wanted) throws InterruptedException {
        ServerSpec t = m.spec.target().servers().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ObserverState now;
        do {
            now = TargetObservation.of(t, LegacyView.read(m.spec)).state();
            if (now == wanted) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return now;
    }

    private static Map<ServerSpec, ObserverState> targetStates(SandboxMigration m) {
        LegacyView legacy = LegacyView.read(m.spec);
        Map<ServerSpec, ObserverState> out = new LinkedHashMap<>();
        m.spec.target().servers().forEach(t -> out.put(t, TargetObservation.of(t, legacy).state()));
        return out;
    }

    /** Each target's zoo.cfg and the dynamic file it names, as text. */
    private static Map<Integer, String> targetConfigs(SandboxMigration m) throws Exception {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (ServerSpec t : m.spec.target().servers()) {
            Path conf = m.spec.stateDir().resolve("sandbox").resolve("target-" + t.id()).resolve("conf");
            try (var files = Files.list(conf)) {
                out.put(t.id(), files.filter(f -> f.getFileName().toString().startsWith("zoo.cfg")).sorted()
                        .map(f -> f.getFileName() + ":\n" + read(f)).collect(Collectors.joining("\n")));
            }
        }
        return out;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
