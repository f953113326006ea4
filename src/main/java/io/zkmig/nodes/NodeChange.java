package io.zkmig.nodes;

import io.zkmig.ensemble.Member;
import java.util.List;

/**
 * What the runner asks of a server: run with these members. With {@code dataSubfolder} set, the server runs
 * from that subfolder of the data folder it originally had (and of its dataLogDir, if set), so its own data
 * stays untouched for a rollback; a subfolder that exists already is reused (it holds the same ensemble's
 * data from an earlier attempt). Without it, the server keeps the data folder it has now.
 */
public record NodeChange(List<Member> members, String dataSubfolder, String purpose) {
    /** The subfolder target servers observe from. */
    public static final String OBSERVER_DATA = "zkmig-observer";

    public NodeChange {
        members = List.copyOf(members);
    }

    public static NodeChange observe(List<Member> members) {
        return new NodeChange(members, OBSERVER_DATA, "observe the legacy ensemble");
    }

    public static NodeChange keepData(List<Member> members, String purpose) {
        return new NodeChange(members, null, purpose);
    }

    public List<Member> voters() {
        return members.stream().filter(m -> m.role() == io.zkmig.ensemble.Role.PARTICIPANT).toList();
    }
}
