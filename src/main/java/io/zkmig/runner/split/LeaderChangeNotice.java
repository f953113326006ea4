package io.zkmig.runner.split;

import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.ClientGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The announcement made before the one leader change of the migration: which server leads now, that
 * every server will drop its clients for about a second, and which sessions hold leader latches
 * (on Curator's default error policy they lose leadership on that SUSPENDED; a Spark master exits
 * and its standby takes over).
 */
public record LeaderChangeNotice(int leaderId, String leaderAddress, List<ClientSessions.LatchHolder> holders) {

    public List<String> lines(List<ClientGroup> groups) {
        List<String> lines = new ArrayList<>();
        lines.add("LEADER CHANGE NEXT: removing server " + leaderId + " (" + leaderAddress + ") moves leadership to a"
                + " server that stays; every server drops its client connections for about a second (sessions survive).");
        List<ClientSessions.LatchHolder> leaders = holders.stream().filter(ClientSessions.LatchHolder::leads).toList();
        if (holders.isEmpty()) {
            lines.add("  no session holds a leader latch under the client groups' latchPaths"
                    + (groups.stream().allMatch(g -> g.latchPaths().isEmpty()) ? " (no latchPaths in the spec)" : ""));
        }
        for (ClientSessions.LatchHolder h : leaders) {
            lines.add("  leader-latch holder: group " + h.group() + ", " + h.latchPath() + "/" + h.node() + ", session "
                    + h.sessionHex() + (h.serverId() == null ? "" : " on server " + h.serverId() + " from "
                    + h.clientAddress()) + ": on Curator's default error policy it loses leadership on this blip");
        }
        long waiting = holders.size() - leaders.size();
        if (waiting > 0) {
            lines.add("  " + waiting + " more session(s) queued on those latches (standbys)");
        }
        return lines;
    }
}
