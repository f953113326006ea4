package io.zkmig.runner.verify;

import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.ZkConnections;
import io.zkmig.runner.observe.LegacyView;
import io.zkmig.runner.observe.TargetObservation;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.ZooKeeperVersion;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.zookeeper.admin.ZooKeeperAdmin;

/**
 * Proves parity between the legacy ensemble and each target server: the last zxid converged (each target
 * reaches the legacy leader's zxid of the start), the tree digest at a common zxid where both sides keep one
 * (3.6+), znode counts at the same zxid, and the tree itself (whole, or a random sample of paths). When a target
 * does not follow the legacy, it refuses before reading any tree (observe brings it back); asked to compare anyway,
 * a serving target that does not follow has its tree compared all the same, to show how it differs.
 */
public final class ParityCheck {
    private final MigrationSpec spec;
    private final String legacyPassword;
    private final String targetPassword;
    private final Integer sample;
    private final Duration convergeTimeout;
    private final boolean compareAnyway;

    /** {@code compareAnyway}: compare the trees of target servers that do not follow too, to show how they differ. */
    public ParityCheck(MigrationSpec spec, String legacyPassword, String targetPassword, Integer sample,
                       Duration convergeTimeout, boolean compareAnyway) {
        this.spec = spec;
        this.compareAnyway = compareAnyway;
        this.legacyPassword = legacyPassword;
        this.targetPassword = targetPassword;
        this.sample = sample;
        this.convergeTimeout = convergeTimeout;
    }

    /**
     * Refuses ({@link FollowingPrecheck.NotFollowing}) before reading any tree when the targets do not follow,
     * unless asked to compare anyway.
     */
    public ParityReport run() throws Exception {
        if (!compareAnyway) {
            FollowingPrecheck.require(spec, convergeTimeout.compareTo(FollowingPrecheck.SETTLE) < 0 ? convergeTimeout
                    : FollowingPrecheck.SETTLE);
        }
        long t0 = System.nanoTime();
        List<ParityReport.Check> checks = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        LegacyView legacy = LegacyView.read(spec);
        ZooKeeperAdmin legacyZk = ZkConnections.admin(ConnectString.of(spec.legacy().servers()), legacyPassword, Duration.ofSeconds(30));
        try {
            legacyZk.sync("/");
            Map<String, NodeRecord> legacyTree = null;
            List<String> sampled = null;
            if (sample == null) {
                legacyTree = TreeReader.readTree(legacyZk);
            } else {
                List<String> all = new ArrayList<>(TreeReader.listPaths(legacyZk));
                all.remove(TreeComparison.SYSTEM_NODE);
                long seed = System.nanoTime();
                Collections.shuffle(all, new Random(seed));
                sampled = all.subList(0, Math.min(sample, all.size()));
                legacyTree = TreeReader.read(legacyZk, sampled);
                notes.add("tree: sampled " + sampled.size() + " of " + all.size() + " znodes (seed " + seed + ")");
            }
            for (ServerSpec t : spec.target().servers()) {
                if (converged(t, legacy.leaderZxid(), checks, differences)) {
                    digest(legacy.leader(), t, checks, differences, notes);
                    counts(legacy.leader(), t, checks, differences, notes);
                } else if (!FourLetterWords.isServing(t.host(), t.clientPort())) {
                    continue;
                }
                ZooKeeperAdmin targetZk = ZkConnections.admin(t.clientAddress(), targetPassword, Duration.ofSeconds(30));
                try {
                    targetZk.sync("/");
                    Map<String, NodeRecord> targetTree = sampled == null ? TreeReader.readTree(targetZk)
                            : TreeReader.read(targetZk, sampled);
                    TreeComparison.Outcome o = TreeComparison.compare(t.id(), legacyZk, targetZk, legacyTree, targetTree);
                    differences.addAll(o.differences());
                    o.unsettled().forEach(u -> notes.add("server " + t.id() + ": " + u));
                    checks.add(new ParityReport.Check("tree", t.id(), o.differences().isEmpty() ? "PASS" : "FAIL",
                            o.compared() + " znodes compared (data, ACL, version, cversion, aversion, ephemeral owner, zxids)"
                                    + (o.differences().isEmpty() ? "" : ", " + o.differences().size() + " differences")));
                } finally {
                    ZkConnections.closeQuietly(targetZk);
                }
            }
        } finally {
            ZkConnections.closeQuietly(legacyZk);
        }
        return new ParityReport(checks, differences, notes, (System.nanoTime() - t0) / 1_000_000);
    }

    private boolean converged(ServerSpec t, long goal, List<ParityReport.Check> checks, List<Difference> differences)
            throws InterruptedException {
        long deadline = System.nanoTime() + convergeTimeout.toNanos();
        TargetObservation o;
        while (true) {
            o = TargetObservation.of(t, LegacyView.read(spec));
            if (o.caughtUpTo(goal) || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(100);
        }
        if (!o.observing()) {
            differences.add(new Difference("zxid", t.id(), null, "does not follow the legacy ensemble: " + o.state().label()
                    + (o.status().zxid() == null ? "" : ", zxid " + o.status().zxidHex())));
            checks.add(new ParityReport.Check("zxid", t.id(), "FAIL", o.state().label()));
            return false;
        }
        if (!o.caughtUpTo(goal)) {
            differences.add(new Difference("zxid", t.id(), null, "zxid " + o.status().zxidHex() + " did not reach the legacy "
                    + "leader's 0x" + Long.toHexString(goal) + " within " + convergeTimeout.toSeconds() + " s"));
            checks.add(new ParityReport.Check("zxid", t.id(), "FAIL", "lagging"));
            return false;
        }
        checks.add(new ParityReport.Check("zxid", t.id(), "PASS", "at " + o.status().zxidHex() + " (legacy leader was at 0x"
                + Long.toHexString(goal) + ")"));
        return true;
    }

    /** {@code hash} lists the tree digest every 128 transactions; equal zxids must have equal digests. */
    private void digest(ServerSpec leader, ServerSpec t, List<ParityReport.Check> checks, List<Difference> differences,
                        List<String> notes) {
        ZooKeeperVersion lv = leader.zooKeeperVersion();
        ZooKeeperVersion tv = t.zooKeeperVersion();
        if (!lv.supportsDigest() || !tv.supportsDigest()) {
            notes.add("digest: not compared with server " + t.id() + ": ZooKeeper " + (lv.supportsDigest() ? tv : lv)
                    + " keeps no tree digest (3.6+)");
            return;
        }
        try {
            Map<Long, String> l = digests(leader);
            Map<Long, String> d = digests(t);
            List<Long> common = new ArrayList<>(d.keySet());
            common.retainAll(l.keySet());
            if (common.isEmpty()) {
                notes.add("digest: server " + t.id() + " and the legacy leader share no digest point yet (both log one every "
                        + "128 transactions, from the target's sync on)");
                return;
            }
            int mismatches = 0;
            for (long z : common) {
                if (!l.get(z).equals(d.get(z))) {
                    mismatches++;
                    differences.add(new Difference("digest", t.id(), null, "tree digest at zxid 0x" + Long.toHexString(z)
                            + ": legacy " + l.get(z) + ", target " + d.get(z)));
                }
            }
            checks.add(new ParityReport.Check("digest", t.id(), mismatches == 0 ? "PASS" : "FAIL", common.size()
                    + " digest points compared, latest at zxid 0x" + Long.toHexString(Collections.max(common))));
        } catch (IOException e) {
            notes.add("digest: server " + t.id() + " or the legacy leader did not answer hash: " + e.getMessage());
        }
    }

    private static Map<Long, String> digests(ServerSpec s) throws IOException {
        Map<Long, String> out = new TreeMap<>();
        for (String line : FourLetterWords.send(s.host(), s.clientPort(), "hash").split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                try {
                    out.put(Long.parseLong(line.substring(0, colon).trim(), 16), line.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    // not a digest line
                }
            }
        }
        return out;
    }

    /**
     * Node counts from {@code srvr} (which reports zxid and count together), compared when both servers stand at the
     * same zxid; 3.5+ servers count /zookeeper/config, 3.4 has none.
     */
    private void counts(ServerSpec leader, ServerSpec t, List<ParityReport.Check> checks, List<Difference> differences,
                        List<String> notes) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                Map<String, String> l = FourLetterWords.parse(FourLetterWords.send(leader.host(), leader.clientPort(), "srvr"));
                Map<String, String> d = FourLetterWords.parse(FourLetterWords.send(t.host(), t.clientPort(), "srvr"));
                if (l.get("Zxid") != null && l.get("Zxid").equals(d.get("Zxid"))) {
                    long lc = Long.parseLong(l.get("Node count")) - (leader.zooKeeperVersion().supportsReconfig() ? 1 : 0);
                    long tc = Long.parseLong(d.get("Node count")) - (t.zooKeeperVersion().supportsReconfig() ? 1 : 0);
                    if (lc != tc) {
                        differences.add(new Difference("znodes", t.id(), null, "at zxid " + l.get("Zxid") + " legacy has " + lc
                                + " znodes, target " + tc));
                    }
                    checks.add(new ParityReport.Check("znodes", t.id(), lc == tc ? "PASS" : "FAIL", tc + " znodes at zxid "
                            + l.get("Zxid")));
                    return;
                }
            } catch (IOException | RuntimeException e) {
                // retried below
            }
            Thread.sleep(50);
        }
        notes.add("znodes: server " + t.id() + " and the legacy leader were never at the same zxid when asked (live writes); "
                + "counts not compared, the tree comparison covers them");
    }
}
