package io.zkmig.runner.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ZkConnections;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.ServerSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why every reconfig is guarded by the version it was decided on, and never retried blindly. One legacy
 * 3.8.4 ensemble with three target servers following it, under live clients.
 */
@Tag("zookeeper")
class GuardedReconfigTest {

    @Test
    void concurrentChangesAndLostAnswersAreDetectedAndResolvedNeverOverwritten(@TempDir Path dir) throws Exception {
        try (SplitFixture f = SplitFixture.start(dir, "3.8.4")) {
            f.startWorkload();
            ServerSpec t11 = f.targetSpecs.get(0);
            ServerSpec t12 = f.targetSpecs.get(1);
            ServerSpec t13 = f.targetSpecs.get(2);
            String targets = ConnectString.of(f.targetSpecs);
            try (AdminSession session = new AdminSession(targets, SplitFixture.SUPER_PASSWORD);
                 ZooKeeperAdmin other = ZkConnections.admin(f.legacy.connectString(), SplitFixture.SUPER_PASSWORD,
                         Duration.ofSeconds(20))) {

                // 1. Between our read and our write, another operator adds server 12. Our promote of 11,
                //    decided on the old version, is answered BadVersion; we re-read, decide again and
                //    promote 11 on top of their change.
                AtomicInteger interfered = new AtomicInteger();
                GuardedReconfig.Outcome promote11 = new GuardedReconfig(session, f.allSpecs(),
                        new ConfigChange.AddParticipant(Member.of(t11, Role.PARTICIPANT)), targets)
                        .listener(new GuardedReconfig.Listener() {
                            @Override
                            public void beforeSubmit(EnsembleConfig decidedOn) throws Exception {
                                if (interfered.getAndIncrement() == 0) {
                                    other.reconfigure("server.12=" + Member.of(t12, Role.PARTICIPANT).reconfigSpec(), null,
                                            null, decidedOn.version(), new Stat());
                                }
                            }
                        }).run();
                assertEquals(1, promote11.badVersions(), promote11.notes().toString());
                assertTrue(promote11.notes().get(0).contains("BadVersion"), promote11.notes().toString());
                EnsembleConfig now = session.readConfig();
                assertEquals(List.of(1, 2, 3, 11, 12), ids(now.voters()), "both changes are in: nothing overwritten");

                // 2. The answer to a reconfig that committed is lost (as when the leader's removal drops
                //    every connection): the recipe reconnects, sees the change in effect, does not resend.
                AtomicInteger submits = new AtomicInteger();
                GuardedReconfig.Outcome promote13 = new GuardedReconfig(session, f.allSpecs(),
                        new ConfigChange.AddParticipant(Member.of(t13, Role.PARTICIPANT)), targets)
                        .submitter((zk, joining, leaving, from, stat) -> {
                            submits.incrementAndGet();
                            zk.reconfigure(joining, leaving, null, from, stat);
                            throw KeeperException.create(KeeperException.Code.CONNECTIONLOSS);
                        }).run();
                assertEquals(1, submits.get(), "committed: never sent twice");
                assertEquals(1, promote13.unknownOutcomes());
                assertTrue(promote13.notes().stream().anyMatch(n -> n.contains("the change committed")), promote13.notes().toString());

                // 3. The answer is lost and the change did not commit: the recipe finds the version
                //    unchanged and submits again, still guarded by that version.
                submits.set(0);
                GuardedReconfig.Outcome remove1 = new GuardedReconfig(session, f.allSpecs(), new ConfigChange.Remove(1), targets)
                        .submitter((zk, joining, leaving, from, stat) -> {
                            if (submits.getAndIncrement() == 0) {
                                throw KeeperException.create(KeeperException.Code.CONNECTIONLOSS);
                            }
                            return zk.reconfigure(joining, leaving, null, from, stat);
                        }).run();
                assertEquals(2, submits.get());
                assertTrue(remove1.notes().stream().anyMatch(n -> n.contains("did not commit")), remove1.notes().toString());
                assertEquals(List.of(2, 3, 11, 12, 13), ids(session.readConfig().voters()));

                // 4. What the guard prevents: a write decided on a stale read without it (fromConfig -1,
                //    a whole new membership) silently undoes the changes made since that read.
                EnsembleConfig stale = now;
                String staleMembers = stale.members().stream().map(Member::dynamicLine).collect(Collectors.joining(","));
                other.reconfigure(null, null, staleMembers, -1, new Stat());
                EnsembleConfig overwritten = EnsembleConfig.parse(new String(other.getConfig(false, new Stat()),
                        StandardCharsets.UTF_8));
                assertEquals(List.of(1, 2, 3, 11, 12), ids(overwritten.voters()),
                        "the unguarded write brought server 1 back and dropped 13: the two changes since were lost");
                // the same write with the version it was decided on is refused instead
                assertThrows(KeeperException.BadVersionException.class,
                        () -> other.reconfigure(null, null, staleMembers, stale.version(), new Stat()));
            }
            f.workload.stop();
            assertEquals(List.of(), f.workload.missingAcknowledgedWrites());
            assertEquals(0, f.workload.stats().sessionsExpired());
        }
    }

    /**
     * The leader checks reconfigEnabled, then the version, the arguments and the synced quorum, and the
     * caller's right on /zookeeper/config only last: a reconfig with an impossible version answers
     * BadVersion without any credential. So credentials are checked with a setData that cannot succeed.
     */
    @Test
    void reconfigAccessTellsDisabledFromEnabledAndChecksCredentialsWithoutChangingAnything(@TempDir Path dir) throws Exception {
        try (SplitFixture f = SplitFixture.start(dir, "3.8.4")) {
            String anyLegacy = f.legacy.connectString();
            try (ZooKeeperAdmin noCredential = ZkConnections.admin(anyLegacy, null, Duration.ofSeconds(20));
                 ZooKeeperAdmin wrong = ZkConnections.admin(anyLegacy, "not-the-password", Duration.ofSeconds(20));
                 ZooKeeperAdmin superUser = ZkConnections.admin(anyLegacy, SplitFixture.SUPER_PASSWORD, Duration.ofSeconds(20))) {
                // the impossible-version probe cannot see credentials
                assertThrows(KeeperException.BadVersionException.class,
                        () -> noCredential.reconfigure((String) null, null, null, 1L, new Stat()));
                assertTrue(ReconfigAccess.enabled(noCredential).isEmpty());
                // a real change without the right is refused, last of all checks
                String join = "server.11=" + Member.of(f.targetSpecs.get(0), Role.PARTICIPANT).reconfigSpec();
                EnsembleConfig c = EnsembleConfig.parse(new String(superUser.getConfig(false, new Stat()), StandardCharsets.UTF_8));
                assertThrows(KeeperException.NoAuthException.class,
                        () -> noCredential.reconfigure(join, null, null, c.version(), new Stat()));
                // a setData that cannot succeed tells
                List<String> problems = new ArrayList<>();
                ReconfigAccess.authorized(noCredential).ifPresent(problems::add);
                ReconfigAccess.authorized(wrong).ifPresent(problems::add);
                assertEquals(2, problems.size(), problems.toString());
                assertFalse(ReconfigAccess.authorized(superUser).isPresent());
            }
        }
        try (io.zkmig.sandbox.LocalEnsemble off = io.zkmig.sandbox.LocalEnsemble.builder("off", "3.5.10").servers(3)
                .reconfigEnabled(false).superPassword(SplitFixture.SUPER_PASSWORD).baseDir(dir.resolve("off")).start();
             ZooKeeperAdmin zk = ZkConnections.admin(off.connectString(), SplitFixture.SUPER_PASSWORD, Duration.ofSeconds(20))) {
            assertTrue(ReconfigAccess.enabled(zk).orElseThrow().contains("reconfigEnabled is false"));
        }
    }

    private static List<Integer> ids(List<Member> members) {
        return members.stream().map(Member::id).sorted().toList();
    }
}
