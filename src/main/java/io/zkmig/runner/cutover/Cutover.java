package io.zkmig.runner.cutover;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.Refusal;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.spec.ClientGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records client groups as moved ({@code cutover mark}) or not ({@code unmark}) in the ledger, checked against
 * the sessions the servers report, and keeps {@code milestone.cutover-complete} in step: reached when every
 * group with a fixed connect string is marked, withdrawn when one is unmarked.
 */
public final class Cutover {
    private Cutover() {
    }

    public static GroupProgress mark(MigrationContext ctx, String groupName, String reason, boolean force) throws Exception {
        ClientGroup group = group(ctx, groupName);
        SessionInventory inventory = SessionInventory.gather(ctx.spec(), ctx.superPassword());
        long onLegacy = inventory.count(groupName, SessionInventory.Side.LEGACY);
        long onTarget = inventory.count(groupName, SessionInventory.Side.TARGET);
        if (group.connection() == ClientGroup.Connection.FIXED && onLegacy > 0 && !force) {
            throw new Refusal("group " + groupName + " still has " + onLegacy + " session(s) on legacy servers ("
                    + inventory.ofGroup(groupName).stream().filter(s -> s.side() == SessionInventory.Side.LEGACY)
                    .map(s -> s.clientAddress() + " on " + s.serverId()).toList()
                    + "): restart them with the target connect string first, or mark with --force");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason == null ? "" : reason);
        details.put("connection", group.connection().yaml());
        details.put("sessionsOnLegacy", onLegacy);
        details.put("sessionsOnTarget", onTarget);
        if (force && onLegacy > 0) {
            details.put("forced", true);
        }
        ctx.ledger().append(LedgerEntry.cutoverMark(groupName, true, details));
        updateMilestone(ctx);
        return progress(ctx, inventory, groupName);
    }

    public static GroupProgress unmark(MigrationContext ctx, String groupName, String reason) {
        group(ctx, groupName);
        ctx.ledger().append(LedgerEntry.cutoverMark(groupName, false, Map.of("reason", reason == null ? "" : reason)));
        updateMilestone(ctx);
        return progress(ctx, null, groupName);
    }

    /** Every group currently marked moved (a rollback lists them for moving back). */
    public static List<ClientGroup> markedGroups(MigrationContext ctx) {
        return ctx.spec().clients().stream().filter(g -> CutoverMarks.of(ctx.ledger().state(), g.name()).isPresent()).toList();
    }

    private static void updateMilestone(MigrationContext ctx) {
        boolean complete = CutoverProgress.fromLedger(ctx.spec(), ctx.ledger().state()).complete();
        boolean recorded = ctx.ledger().state().has(Milestone.CUTOVER_COMPLETE);
        if (complete && !recorded) {
            ctx.ledger().append(LedgerEntry.milestone(Milestone.CUTOVER_COMPLETE, LedgerEntry.Status.DONE, Map.of()));
        } else if (!complete && recorded) {
            MigrationLifecycle.withdraw(ctx.ledger(), RunnerCommand.CUTOVER_UNMARK,
                    Map.of("reason", "a fixed-connect-string group is no longer marked moved"));
        }
    }

    private static GroupProgress progress(MigrationContext ctx, SessionInventory inventory, String group) {
        return CutoverProgress.of(ctx.spec(), ctx.ledger().state(), inventory).groups().stream()
                .filter(g -> g.group().equals(group)).findFirst().orElseThrow();
    }

    private static ClientGroup group(MigrationContext ctx, String name) {
        return ctx.spec().clientGroup(name).orElseThrow(() -> new IllegalArgumentException("no client group '" + name
                + "' in the spec; groups: " + ctx.spec().clients().stream().map(ClientGroup::name).toList()));
    }
}
