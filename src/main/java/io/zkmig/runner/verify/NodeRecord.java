package io.zkmig.runner.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.zookeeper.data.ACL;
import org.apache.zookeeper.data.Stat;

/**
 * What verify compares of one znode: a digest of its data, its ACL, and every stat field that replicas share
 * (zxids and times are set by the leader, so identical replicas agree on all of them). {@code unreadable} when
 * the credential may not read it (then only its stat, from exists, is compared).
 */
public record NodeRecord(String path, String dataDigest, String acl, long czxid, long mzxid, long pzxid, long ctime,
                         long mtime, int version, int cversion, int aversion, long ephemeralOwner, int dataLength,
                         int numChildren, boolean unreadable) {

    static NodeRecord of(String path, byte[] data, List<ACL> acl, Stat s, boolean unreadable) {
        return new NodeRecord(path, data == null ? null : DataDigest.of(data), acl == null ? null : aclText(acl),
                s.getCzxid(), s.getMzxid(), s.getPzxid(), s.getCtime(), s.getMtime(), s.getVersion(), s.getCversion(),
                s.getAversion(), s.getEphemeralOwner(), s.getDataLength(), s.getNumChildren(), unreadable);
    }

    /** Field by field, what differs between the legacy's record (this) and the target's; empty when equal. */
    List<String> differences(NodeRecord target) {
        Map<String, Object[]> fields = new LinkedHashMap<>();
        fields.put("data", new Object[] {dataDigest, target.dataDigest});
        fields.put("acl", new Object[] {acl, target.acl});
        fields.put("version", new Object[] {version, target.version});
        fields.put("cversion", new Object[] {cversion, target.cversion});
        fields.put("aversion", new Object[] {aversion, target.aversion});
        fields.put("ephemeralOwner", new Object[] {hex(ephemeralOwner), hex(target.ephemeralOwner)});
        fields.put("czxid", new Object[] {hex(czxid), hex(target.czxid)});
        fields.put("mzxid", new Object[] {hex(mzxid), hex(target.mzxid)});
        fields.put("pzxid", new Object[] {hex(pzxid), hex(target.pzxid)});
        fields.put("ctime", new Object[] {ctime, target.ctime});
        fields.put("mtime", new Object[] {mtime, target.mtime});
        fields.put("dataLength", new Object[] {dataLength, target.dataLength});
        fields.put("numChildren", new Object[] {numChildren, target.numChildren});
        if (unreadable || target.unreadable) {
            fields.remove("data");
            fields.remove("acl");
        }
        List<String> out = new ArrayList<>();
        fields.forEach((name, v) -> {
            if (!Objects.equals(v[0], v[1])) {
                out.add(name + " legacy=" + v[0] + " target=" + v[1]);
            }
        });
        return out;
    }

    /** Same point in the node's history on both sides (then any other difference is a real divergence). */
    boolean sameHistoryPoint(NodeRecord other) {
        return czxid == other.czxid && mzxid == other.mzxid && pzxid == other.pzxid;
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    private static String aclText(List<ACL> acl) {
        List<String> parts = new ArrayList<>();
        for (ACL a : acl) {
            parts.add(a.getId().getScheme() + ":" + a.getId().getId() + ":" + a.getPerms());
        }
        return String.join(",", parts);
    }
}
