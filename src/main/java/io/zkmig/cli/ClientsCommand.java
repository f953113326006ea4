package io.zkmig.cli;

import io.zkmig.runner.cutover.CutoverProgress;
import io.zkmig.runner.cutover.GroupProgress;
import io.zkmig.runner.cutover.SessionInventory;
import io.zkmig.runner.sessions.ClientSessions;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig clients <spec>}: live sessions per server, by client group, with leader-latch holders. */
@Command(name = "clients", mixinStandardHelpOptions = true,
        description = "List live client sessions on every legacy and target server (from cons), grouped by the spec's "
                + "client groups (by client address), who is still on legacy, and which sessions hold leader latches "
                + "under the groups' latchPaths. Changes nothing.")
final class ClientsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Option(names = "--json", description = "Print JSON for scripts instead of tables.")
    boolean json;

    /** What {@code --json} prints. */
    record Report(CutoverProgress progress, SessionInventory inventory) {
    }

    @Override
    public Integer call() throws Exception {
        MigrationSpec m = migration.spec();
        SessionInventory inventory;
        try {
            inventory = SessionInventory.gather(m, SpecFiles.superPassword(m));
        } catch (java.io.IOException e) {
            throw new UnreachableException("no legacy server answered: " + e.getMessage());
        }
        CutoverProgress progress = CutoverProgress.of(m, migration.recorded(), inventory);
        PrintWriter out = migration.writer();
        if (json) {
            out.println(Json.write(new Report(progress, inventory)));
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("client groups of %s: %d/%d with a fixed connect string moved%n%n", m.name(), progress.fixedMoved(),
                progress.fixedGroups());
        TextTable groups = new TextTable("GROUP", "OWNER", "CONNECTION", "STATE", "ON LEGACY", "ON TARGET",
                "LATCHES LEGACY/TARGET", "MARKED");
        for (GroupProgress g : progress.groups()) {
            groups.row(g.group(), g.owner(), g.connection().yaml(), g.state(), g.sessionsOnLegacy(), g.sessionsOnTarget(),
                    g.latchesOnLegacy() + "/" + g.latchesOnTarget(), g.marked() ? g.markedAt() : null);
        }
        groups.print(out);
        Map<String, String> latches = new HashMap<>();
        for (ClientSessions.LatchHolder h : inventory.latchHolders()) {
            latches.put(h.sessionHex(), (h.leads() ? "LEADER " : "waiting ") + h.latchPath());
        }
        out.printf("%nsessions (%d on legacy, %d on target, %d not in any group):%n", progress.sessionsOnLegacy(),
                progress.sessionsOnTarget(), progress.unattributedSessions());
        TextTable sessions = new TextTable("SIDE", "SERVER", "CLIENT", "SESSION", "GROUP", "LATCH");
        inventory.sessions().stream()
                .sorted(java.util.Comparator.comparing(SessionInventory.Session::side).thenComparing(SessionInventory.Session::serverId))
                .forEach(s -> sessions.row(s.side().name().toLowerCase(), s.serverId(), s.clientAddress(), s.sessionId(),
                        s.group(), latches.get(s.sessionId())));
        sessions.print(out);
        progress.groups().forEach(g -> g.findings().forEach(f -> out.printf("%nWARN %s: %s", g.group(), f)));
        if (progress.unattributedSessions() > 0) {
            out.printf("%nNOTE %d session(s) match no client group's addresses: add their hosts to a group to track them",
                    progress.unattributedSessions());
        }
        out.println();
        out.flush();
        return ExitCodes.OK;
    }
}
