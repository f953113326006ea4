package io.zkmig.runner.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.Recorded;
import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The split's decisions that need no server: which groups block it, when a change would have a quorum. */
class SplitPlanningTest {
    static final MigrationSpec SPEC = load();

    static MigrationSpec load() {
        try {
            return SpecLoader.load(Path.of("stacks/examples/local.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFixedGroupThatHasNotMovedBlocksTheSplitUnlessForced() {
        MigrationState nothing = MigrationState.empty();
        assertEquals(List.of("orders-api"), SplitGates.unmovedGroups(SPEC, nothing, false), "follows-config groups move by themselves");
        assertEquals(List.of("orders-api", "scheduler"), SplitGates.unmovedGroups(SPEC, nothing, true), "static: every group");
        assertEquals(1, SplitGates.problemsForUnmoved(SPEC, nothing, List.of(), false).size());
        assertTrue(SplitGates.problemsForUnmoved(SPEC, nothing, List.of(), false).get(0).contains("--force orders-api"));
        assertEquals(List.of(), SplitGates.problemsForUnmoved(SPEC, nothing, List.of("orders-api"), false));
        assertTrue(SplitGates.problemsForUnmoved(SPEC, nothing, List.of("orders-api", "typo"), false).get(0)
                .contains("not a client group"));
    }

    @Test
    void cutoverMarksAndTheMilestoneCount() {
        MigrationState marked = state(mark("orders-api", LedgerEntry.Status.DONE));
        assertEquals(List.of(), SplitGates.unmovedGroups(SPEC, marked, false));
        MigrationState unmarked = state(mark("orders-api", LedgerEntry.Status.DONE), mark("orders-api", LedgerEntry.Status.ROLLED_BACK));
        assertEquals(List.of("orders-api"), SplitGates.unmovedGroups(SPEC, unmarked, false));
        MigrationState milestone = state(LedgerEntry.milestone(Milestone.CUTOVER_COMPLETE, LedgerEntry.Status.DONE, Map.of()));
        assertEquals(List.of(), SplitGates.unmovedGroups(SPEC, milestone, false));
        assertEquals(List.of("orders-api", "scheduler"), SplitGates.unmovedGroups(SPEC, milestone, true),
                "the milestone covers fixed groups only; a static split needs every group");
    }

    @Test
    void aPromotionWaitsForTheJoinerToBeSyncedAndForASyncedMajorityOfTheNewVoters() {
        Member m11 = new Member(11, "127.0.2.1", 2888, 3888, Role.PARTICIPANT, 2181);
        EnsembleConfig legacyOnly = config(List.of(1, 2, 3), 0x100000000L);
        long zxid = 0x100000050L;
        // 11 lags behind (not synced): blocked
        EnsembleView lagging = view(legacyOnly, Map.of(1, ServerRole.FOLLOWER, 2, ServerRole.FOLLOWER, 3, ServerRole.LEADER,
                11, ServerRole.NOT_SERVING), zxid);
        assertTrue(new ConfigChange.AddParticipant(m11).blocker(lagging, 1000).orElseThrow().contains("not yet a synced follower"));
        // 11 synced: allowed
        EnsembleView synced = view(legacyOnly, Map.of(1, ServerRole.FOLLOWER, 2, ServerRole.FOLLOWER, 3, ServerRole.LEADER,
                11, ServerRole.FOLLOWER), zxid);
        assertTrue(new ConfigChange.AddParticipant(m11).blocker(synced, 1000).isEmpty());
        // two legacy followers down: 3 and 11 are 2 of 4 new voters, no majority
        EnsembleView twoDown = view(legacyOnly, Map.of(1, ServerRole.DOWN, 2, ServerRole.DOWN, 3, ServerRole.LEADER,
                11, ServerRole.FOLLOWER), zxid);
        assertTrue(new ConfigChange.AddParticipant(m11).blocker(twoDown, 1000).orElseThrow().contains("NewConfigNoQuorum"));
        // an observer listed as such is removed first
        EnsembleConfig withObserver = new EnsembleConfig(List.of(member(1, Role.PARTICIPANT), member(2, Role.PARTICIPANT),
                member(3, Role.PARTICIPANT), member(11, Role.OBSERVER)), 0x100000000L);
        EnsembleView observer = view(withObserver, Map.of(1, ServerRole.FOLLOWER, 2, ServerRole.FOLLOWER, 3, ServerRole.LEADER,
                11, ServerRole.OBSERVER), zxid);
        assertTrue(new ConfigChange.AddParticipant(m11).blocker(observer, 1000).orElseThrow().contains("remove it first"));
        // removing a follower keeps a synced majority of the rest
        assertTrue(new ConfigChange.Remove(1).blocker(synced, 1000).isEmpty());
    }

    @Test
    void aSplitRollbackMakesTheObserveRollbackPossibleAgain() {
        LedgerEntry pre = LedgerEntry.step("split.preconditions", "", LedgerEntry.Status.DONE, Map.of());
        LedgerEntry change = LedgerEntry.reconfig(Split.PREFIX, "11", Map.of());
        LedgerEntry back = LedgerEntry.step("split-rollback.confirm", "", LedgerEntry.Status.DONE, Map.of());
        assertTrue(!Recorded.of(numbered(pre)).splitBegun(), "checks alone change nothing");
        assertTrue(Recorded.of(numbered(pre, change)).splitBegun(), "a promotion happened: the split rollback applies");
        assertTrue(!Recorded.of(numbered(pre, change, back)).splitBegun(), "rolled back");
        assertTrue(Recorded.of(numbered(pre, change, back, change)).splitBegun(), "split again");
    }

    /** Entries as the ledger numbers them. */
    private static MigrationState numbered(LedgerEntry... entries) {
        List<LedgerEntry> list = new java.util.ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            list.add(entries[i].numbered(i + 1, java.time.Instant.EPOCH));
        }
        return MigrationState.of(list);
    }

    @Test
    void consLinesGiveTheSessionAndTheClientAddress() {
        String cons = " /127.0.0.1:43216[1](queued=0,recved=47,sent=47,sid=0x10000a6f4bd0000,lop=GETD,est=1700000000000,"
                + "to=15000,lcxid=0x2e,lzxid=0x100000037,lresp=3081232,llat=0,minlat=0,avglat=0.0,maxlat=2)\n"
                + " /127.0.3.2:50010[1](queued=0,recved=3,sent=3,sid=0xffff00000000001,lop=PING,est=1,to=30000)\n"
                + " /127.0.0.1:43218[0](queued=0,recved=1,sent=0)\n\n";
        List<ClientSessions.Connection> c = ClientSessions.parseCons(7, cons);
        assertEquals(2, c.size(), "the cons request's own connection has no session");
        assertEquals(new ClientSessions.Connection(7, "127.0.0.1:43216", 0x10000a6f4bd0000L), c.get(0));
        assertEquals("127.0.3.2", c.get(1).clientHost());
        assertEquals("scheduler", ClientSessions.groupOf("127.0.3.2", SPEC.clients()).orElseThrow().name());
    }

    /** The split report on sessions left on the legacy servers tells each kind of client what is true for it. */
    @Test
    void sessionsLeftOnTheServersThatLeftAreToldWhatHappensToThemByHowTheirClientsFindServers() {
        ClientSessions.Connection fixed = new ClientSessions.Connection(1, "127.0.3.1:40001", 0x101L);
        ClientSessions.Connection following = new ClientSessions.Connection(2, "127.0.3.2:40002", 0x102L);
        ClientSessions.Connection stranger = new ClientSessions.Connection(3, "127.0.9.9:40003", 0x103L);
        ClientSessions.Connection moved = new ClientSessions.Connection(1, "127.0.3.2:40004", 0x104L);
        ClientSessions.Connection movedNow = new ClientSessions.Connection(12, "127.0.3.2:40004", 0x104L);
        String to = "127.0.2.1:2181,127.0.2.2:2181,127.0.2.3:2181";
        List<String> lines = SessionMoves.lines(List.of(fixed, following, stranger, moved),
                List.of(fixed, following, stranger, movedNow), SPEC.clients(), java.util.Set.of(1, 2, 3), to);
        String fixedLine = lines.stream().filter(l -> l.contains("(orders-api)")).findFirst().orElseThrow();
        assertTrue(fixedLine.startsWith("1 session of groups with a fixed connect string (orders-api) still connected"
                + " to servers [1, 2, 3]"), fixedLine);
        assertTrue(fixedLine.contains("their connect string still names those servers, so they lose the ensemble when"
                + " those servers stop unless restarted with " + to + " first"), fixedLine);
        assertTrue(!fixedLine.contains("no longer name"), "false for a fixed connect string: " + fixedLine);
        String followingLine = lines.stream().filter(l -> l.contains("(scheduler)")).findFirst().orElseThrow();
        assertTrue(followingLine.startsWith("1 session of groups that follow /zookeeper/config (scheduler)"), followingLine);
        assertTrue(followingLine.contains("no longer name those servers, so they move when those servers stop"), followingLine);
        String strangerLine = lines.stream().filter(l -> l.contains("(127.0.9.9)")).findFirst().orElseThrow();
        assertTrue(strangerLine.contains("no client group of the spec"), strangerLine);
        assertTrue(lines.contains("1 session, group scheduler: server 1 -> now on server 12"), lines.toString());
        assertTrue(lines.contains("1 session, group orders-api: server 1 -> still on server 1"), lines.toString());
        assertEquals(List.of("1 session, group scheduler: server 1 -> now on server 12"),
                SessionMoves.lines(List.of(moved), List.of(movedNow), SPEC.clients(), java.util.Set.of(1, 2, 3), to),
                "nothing is said about servers nobody is left on");
    }

    private static Member member(int id, Role role) {
        return new Member(id, "127.0.0." + id, 2888, 3888, role, 2181);
    }

    private static EnsembleConfig config(List<Integer> voters, long version) {
        return new EnsembleConfig(voters.stream().map(id -> member(id, Role.PARTICIPANT)).toList(), version);
    }

    private static EnsembleView view(EnsembleConfig c, Map<Integer, ServerRole> roles, long zxid) {
        Map<Integer, ServerStatus> statuses = new LinkedHashMap<>();
        roles.forEach((id, role) -> statuses.put(id, new ServerStatus(id, "h:" + id, role, "3.8.4",
                role == ServerRole.DOWN || role == ServerRole.NOT_SERVING ? null : zxid, c.version(), 10L, 1,
                c.member(id).isPresent(), null)));
        return new EnsembleView(c, statuses);
    }

    private static LedgerEntry mark(String group, LedgerEntry.Status status) {
        return LedgerEntry.cutoverMark(group, status == LedgerEntry.Status.DONE, Map.of());
    }

    private static MigrationState state(LedgerEntry... entries) {
        return MigrationState.of(List.of(entries));
    }
}
