package io.zkmig.runner.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Target 3.9.3 observing legacy ensembles of different versions: plain observers of a static legacy (3.4.14),
 * non-voting followers outside /zookeeper/config of a reconfig-enabled one (3.5.10). The 3.8.4 case runs in
 * {@link ObserveUnderLoadTest} with a live workload.
 */
@Tag("zookeeper")
class ObserveVersionMatrixTest {

    @ParameterizedTest(name = "legacy {0} (reconfig {1}): targets become {2}")
    @CsvSource({"3.4.14, false, OBSERVER", "3.5.10, true, NON_VOTING_FOLLOWER"})
    void targetServersObserveTheLegacyEnsembleAndServeItsData(String legacyVersion, boolean reconfig,
                                                             ObserverState expected, @TempDir Path dir) throws Exception {
        try (Migration m = Migration.start(dir, legacyVersion, reconfig)) {
            try (ZooKeeperAdmin legacy = m.connect(m.legacyConnectString())) {
                legacy.create("/app", "before observe".getBytes(), ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
            }

            Migration.Run observe = m.zkmig("observe", "--no-progress");
            assertEquals(0, observe.exit(), observe::toString);
            assertTrue(m.ledger().has(Milestone.TARGET_OBSERVING), observe::toString);

            MigrationSpec spec = m.spec();
            LegacyView view = LegacyView.read(spec);
            for (ServerSpec t : spec.target().servers()) {
                TargetObservation o = TargetObservation.of(t, view);
                assertEquals(expected, o.state(), "server " + t.id() + ": " + o);
                try (ZooKeeperAdmin onTarget = m.connect(t.clientAddress())) {
                    assertEquals("before observe", new String(onTarget.getData("/app", false, null), StandardCharsets.UTF_8));
                    // a write through a target server is forwarded to the legacy leader
                    onTarget.create("/written-via-" + t.id(), new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
                }
            }
            try (ZooKeeperAdmin legacy = m.connect(m.legacyConnectString())) {
                legacy.sync("/");
                for (ServerSpec t : spec.target().servers()) {
                    assertTrue(legacy.exists("/written-via-" + t.id(), false) != null);
                }
            }
            assertEquals(reconfig ? 0x100000000L : -1L, view.dynamic() ? view.config().version() : -1L,
                    "the legacy's own configuration is as it was: " + view.config());

            Migration.Run again = m.zkmig("observe", "--no-progress");
            assertEquals(0, again.exit(), again::toString);
            assertTrue(again.out().contains("(0 steps run, 10 already in effect)"), again::toString);
        }
    }
}
