package io.zkmig.runner.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.ZooKeeper;

/**
 * Compares znodes read from the legacy ensemble and from one target server: existence, data, ACL and every stat
 * field (version, cversion, aversion, ephemeral owner, zxids, times). The two reads cannot happen at the same
 * instant under load, so every difference is read again after a {@code sync} on both sides, a few rounds; what
 * still differs at the same point of the node's history (same czxid, mzxid, pzxid) is a divergence, what kept
 * changing between rounds is reported as unsettled.
 */
final class TreeComparison {
    static final String SYSTEM_NODE = "/zookeeper";
    private static final int ROUNDS = 5;

    record Outcome(int compared, List<Difference> differences, List<String> unsettled) {
    }

    private TreeComparison() {
    }

    static Outcome compare(int serverId, ZooKeeper legacy, ZooKeeper target, Map<String, NodeRecord> legacyTree,
                           Map<String, NodeRecord> targetTree) throws KeeperException, InterruptedException {
        Map<String, List<String>> diffs = diff(legacyTree, targetTree, union(legacyTree, targetTree));
        int compared = union(legacyTree, targetTree).size();
        Map<String, NodeRecord> lastLegacy = legacyTree;
        Map<String, NodeRecord> lastTarget = targetTree;
        Set<String> moving = new TreeSet<>();
        for (int round = 0; round < ROUNDS && !diffs.isEmpty(); round++) {
            legacy.sync("/");
            target.sync("/");
            Map<String, NodeRecord> l = TreeReader.read(legacy, diffs.keySet());
            Map<String, NodeRecord> t = TreeReader.read(target, diffs.keySet());
            moving.clear();
            for (String p : diffs.keySet()) {
                if (!java.util.Objects.equals(l.get(p), lastLegacy.get(p)) || !java.util.Objects.equals(t.get(p), lastTarget.get(p))) {
                    moving.add(p);
                }
            }
            diffs = diff(l, t, diffs.keySet());
            lastLegacy = l;
            lastTarget = t;
            moving.retainAll(diffs.keySet());
            if (moving.isEmpty()) {
                break;
            }
        }
        List<Difference> differences = new ArrayList<>();
        List<String> unsettled = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : diffs.entrySet()) {
            NodeRecord l = lastLegacy.get(e.getKey());
            NodeRecord t = lastTarget.get(e.getKey());
            boolean settled = !moving.contains(e.getKey()) || (l != null && t != null && l.sameHistoryPoint(t));
            if (settled) {
                e.getValue().forEach(d -> differences.add(new Difference("tree", serverId, e.getKey(), d)));
            } else {
                unsettled.add(e.getKey() + " kept changing during verify (" + String.join("; ", e.getValue()) + ")");
            }
        }
        return new Outcome(compared, differences, unsettled);
    }

    private static Set<String> union(Map<String, NodeRecord> a, Map<String, NodeRecord> b) {
        Set<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        all.remove(SYSTEM_NODE);
        return all;
    }

    private static Map<String, List<String>> diff(Map<String, NodeRecord> legacy, Map<String, NodeRecord> target,
                                                  Set<String> paths) {
        Map<String, List<String>> out = new HashMap<>();
        for (String p : paths) {
            NodeRecord l = legacy.get(p);
            NodeRecord t = target.get(p);
            if (l == null && t == null) {
                continue;
            }
            if (l == null) {
                out.put(p, List.of("only on the target (czxid 0x" + Long.toHexString(t.czxid()) + ")"));
            } else if (t == null) {
                out.put(p, List.of("missing on the target (czxid 0x" + Long.toHexString(l.czxid()) + ")"));
            } else {
                List<String> d = l.differences(t);
                if (!d.isEmpty()) {
                    out.put(p, d);
                }
            }
        }
        return new java.util.TreeMap<>(out);
    }
}
