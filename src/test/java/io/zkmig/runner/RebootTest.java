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
    void aRebootOfEveryServerAfterObserveAfterCutoverAndAfterTheSplitLosesNoAcknowledgedWrite(@TempDir Path dir)
            throws Exception {
        try (SandboxMigration m = SandboxMigration.start(dir, "3.8.4");
             ClientWorkload scheduler = ClientWorkload.start(m.legacyConnectString(), ClientWorkload.Options.defaults()
                     .withMaxDuration(Duration.ofMinutes(30)))) {
            assertTrue(scheduler.awaitWrites(20, Duration.ofSeconds(60)));
            run(m, 0, "provisioned");
            run(m, 0, "observe", "--no-progress");
            run(m, 0, "verify");
            try (ClientWorkload orders = ClientWorkload.start(m.targetConnectString(), ClientWorkload.Options.defaults()
                    .withBasePath("/orders").withEnsembleTracker(false).withMaxDuration(Duration.ofMinutes(30)))) {
                assertTrue(orders.awaitWrites(20, Duration.ofSeconds(60)), "a fixed client writes through the observers");

                // 1. after observe and verify
                Map<Integer, String> configs = targetConfigs(m);
                reboot(m);
                assertEquals(configs, targetConfigs(m), "each target keeps the configuration zkmig and ZooKeeper left it");
                targetStates(m).forEach((t, state) -> assertNotEquals(ObserverState.OWN_ENSEMBLE, state, "target " + t.id()));
                Cli status = run(m, 1, "status");
                assertTrue(status.out().startsWith("CONTRADICTED: milestone.target-observing is contradicted: not every "
                        + "target server follows the legacy leader: server 11 down"), status::toString);
                assertTrue(status.out().contains("CONTRADICTED: milestone.verified is contradicted")
                        && status.out().contains("Restore: run `zkmig observe "), status::toString);
                long t0 = System.nanoTime();
                Cli verify = run(m, 1, "verify");
                assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos(), "refused before reading any tree");
                assertTrue(verify.out().contains("verify: refused: parity cannot be checked") && verify.out().contains(
                        "run `zkmig observe "), verify::toString);
                recover(m);
                run(m, 0, "cutover mark", "orders-api", "--reason", "CHG-2 orders-api restarted onto the target");
                assertTrue(orders.awaitWrites(20, Duration.ofSeconds(120)), "the fixed client writes again");

                // 2. after cutover
                reboot(m);
                status = run(m, 1, "status");
                assertTrue(status.out().contains("CONTRADICTED: milestone.cutover-complete is contradicted: group(s) "
                        + "[orders-api] were moved to target servers that do not serve the legacy's data"), status::toString);
                recover(m);
                run(m, 0, "split", "--no-probe");
                assertTrue(orders.awaitWrites(20, Duration.ofSeconds(120)));

                // 3. after the split: the target is the ensemble and comes back as such
                List<Sandbox.Started> up = reboot(m);
                up.stream().filter(s -> s.server().name().startsWith("target"))
                        .forEach(s -> assertTrue(s.serving(), s::toString));
                Cli after = run(m, 0, "status");
                assertTrue(!after.out().contains("CONTRADICTED") && !after.out().contains("DANGER"), after::toString);
                Cli split = run(m, 0, "split", "--no-probe");
                assertTrue(split.out().contains("already done"), split::toString);

                assertTrue(scheduler.awaitWrites(20, Duration.ofSeconds(120)), "the tracking client writes to the target");
                assertTrue(orders.awaitWrites(20, Duration.ofSeconds(120)), "the fixed client writes to the target");
                scheduler.stop();
                orders.stop();
                assertEquals(List.of(), scheduler.missingAcknowledgedWrites(), "acknowledged writes of the tracking client");
                assertEquals(List.of(), orders.missingAcknowledgedWrites(), "acknowledged writes of the fixed client");
                System.out.printf("reboot test: %d + %d acknowledged writes, none lost; %s; %s%n",
                        scheduler.stats().acknowledgedWrites(), orders.stats().acknowledgedWrites(), scheduler.stats().summary(),
                        orders.stats().summary());
            }
        }
    }

    /** Every ZooKeeper process killed at once, then {@code zkmig sandbox up --target}; the legacy always comes back. */
    private static List<Sandbox.Started> reboot(SandboxMigration m) {
        m.killEveryServer();
        List<Sandbox.Started> up = m.up();
        up.forEach(s -> System.out.println("after the reboot: " + s.server() + (s.serving() ? " serving" : " " + s.problem())));
        return up;
    }

    /** What status names: observe, then verify, and status has nothing left to say. */
    private static void recover(SandboxMigration m) {
        run(m, 0, "observe", "--no-progress");
        targetStates(m).forEach((t, state) -> assertTrue(state.observing(), t.id() + ": " + state));
        run(m, 0, "verify");
        Cli status = run(m, 0, "status");
        assertTrue(!status.out().contains("CONTRADICTED") && !status.out().contains("DANGER"), status::toString);
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
            run(m, 0, "provisioned");
            run(m, 0, "observe", "--no-progress");
            run(m, 0, "verify");
            run(m, 0, "cutover mark", "orders-api", "--reason", "CHG-1 restarted onto the target");

            m.restartTargetsAsTheirOwnEnsemble();
            targetStates(m).forEach((t, state) -> assertEquals(ObserverState.OWN_ENSEMBLE, state, "target " + t.id()));
            Cli status = run(m, 1, "status");
            assertTrue(status.out().startsWith("DANGER: target server(s) [11, 12, 13] serve an ensemble of their own, not "
                    + "the legacy's data, while group(s) [orders-api] are marked moved"), status::toString);
            long t0 = System.nanoTime();
            Cli verify = run(m, 1, "verify");
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos(), "refused before reading any tree");
            assertTrue(verify.out().contains("run `zkmig observe "), verify::toString);

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
