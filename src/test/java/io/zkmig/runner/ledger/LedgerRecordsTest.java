package io.zkmig.runner.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.LedgerEntry.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed records: each kind written through one API, and a ledger an earlier zkmig wrote read as typed records. */
class LedgerRecordsTest {
    @TempDir
    Path stateDir;

    /** Lines exactly as the zkmig before typed records wrote them: no "v", no "kind". */
    static final String EARLIER_LEDGER = String.join("\n",
            "{\"seq\":1,\"at\":\"2026-01-01T10:00:00Z\",\"step\":\"milestone.target-provisioned\",\"status\":\"DONE\"}",
            "{\"seq\":2,\"at\":\"2026-01-02T10:00:00Z\",\"step\":\"observe.restart-as-observer\",\"subject\":\"11\",\"status\":\"DONE\",\"details\":{\"millis\":812}}",
            "{\"seq\":3,\"at\":\"2026-01-03T10:00:00Z\",\"step\":\"cutover.group\",\"subject\":\"orders-api\",\"status\":\"DONE\",\"details\":{\"reason\":\"rolling restart\"}}",
            "{\"seq\":4,\"at\":\"2026-01-04T10:00:00Z\",\"step\":\"split.reconfig\",\"subject\":\"11\",\"status\":\"DONE\",\"details\":{\"outcome\":\"COMMITTED\"}}",
            "{\"seq\":5,\"at\":\"2026-01-05T10:00:00Z\",\"step\":\"split.announce-leader-change.notice\",\"subject\":\"1\",\"status\":\"DONE\"}",
            "{\"seq\":6,\"at\":\"2026-01-06T10:00:00Z\",\"step\":\"split.report\",\"status\":\"FAILED\",\"details\":{\"reason\":\"x\"}}",
            "{\"seq\":7,\"at\":\"2026-01-07T10:00:00Z\",\"step\":\"split.static.confirm\",\"status\":\"STARTED\"}") + "\n";

    @Test
    void aLedgerTheEarlierZkmigWroteIsReadAsTypedRecordsAndItsLinesAreNeverRewritten() throws Exception {
        Path file = stateDir.resolve(FileLedger.FILE_NAME);
        Files.writeString(file, EARLIER_LEDGER);
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            List<LedgerEntry> e = ledger.entries();
            assertEquals(List.of(Kind.MILESTONE, Kind.STEP, Kind.CUTOVER_MARK, Kind.RECONFIG, Kind.NOTICE, Kind.REPORT, Kind.STEP),
                    e.stream().map(LedgerEntry::kind).toList());
            assertEquals(0, e.get(0).v());
            assertEquals(Milestone.TARGET_PROVISIONED, e.get(0).milestone().orElseThrow());
            assertTrue(ledger.state().has(Milestone.TARGET_PROVISIONED));
            ledger.append(LedgerEntry.milestone(Milestone.TARGET_OBSERVING, LedgerEntry.Status.DONE, Map.of()));
        }
        byte[] before = EARLIER_LEDGER.getBytes(StandardCharsets.UTF_8);
        byte[] after = Files.readAllBytes(file);
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "old lines stay as they were");
        String appended = new String(after, before.length, after.length - before.length, StandardCharsets.UTF_8);
        assertTrue(appended.startsWith("{\"v\":1,\"seq\":8,\"at\":\"") && appended.contains(",\"kind\":\"milestone\","
                + "\"step\":\"milestone.target-observing\",\"status\":\"DONE\"}"), appended);
    }

    @Test
    void eachKindIsWrittenThroughItsOwnFactoryAndReadBackAsThatKind() {
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            ledger.append(LedgerEntry.step(StepNames.RESTART_AS_OBSERVER, "12", LedgerEntry.Status.STARTED, Map.of()));
            ledger.append(LedgerEntry.step(Milestone.VERIFIED.step(), "", LedgerEntry.Status.DONE, Map.of()));
            ledger.append(LedgerEntry.milestone(Milestone.VERIFIED, LedgerEntry.Status.FAILED, Map.of("reason", "drift")));
            ledger.append(LedgerEntry.cutoverMark("orders-api", true, Map.of("reason", "restarted")));
            ledger.append(LedgerEntry.reconfig(StepNames.SPLIT, "11", Map.of("outcome", "COMMITTED")));
            ledger.append(LedgerEntry.notice(StepNames.of(StepNames.SPLIT, StepNames.ANNOUNCE_LEADER_CHANGE), "1", Map.of()));
            ledger.append(LedgerEntry.report(StepNames.SPLIT, false, Map.of("leaderChanges", 1)));
        }
        List<LedgerEntry> e = FileLedger.readOnly(stateDir).entries();
        assertEquals(List.of(Kind.STEP, Kind.MILESTONE, Kind.MILESTONE, Kind.CUTOVER_MARK, Kind.RECONFIG, Kind.NOTICE, Kind.REPORT),
                e.stream().map(LedgerEntry::kind).toList());
        assertEquals(List.of("observe.restart-as-observer", "milestone.verified", "milestone.verified", "cutover.group",
                "split.reconfig", "split.announce-leader-change.notice", "split.report"), e.stream().map(LedgerEntry::step).toList());
        MigrationState state = MigrationState.of(e);
        assertTrue(!state.has(Milestone.VERIFIED), "the milestone's last record says it failed");
        assertEquals(1, state.entries(Kind.CUTOVER_MARK).size());
    }

    @Test
    void aNameIsOfOneKindOnly() {
        assertThrows(IllegalArgumentException.class, () -> LedgerEntry.step(StepNames.report(StepNames.SPLIT), "",
                LedgerEntry.Status.DONE, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> StepNames.of("Split", "promote"));
        assertThrows(IllegalArgumentException.class, () -> StepNames.of("split", "promote "));
    }

    @Test
    void aKindThisZkmigDoesNotKnowIsRefusedWithTheFormatThatWroteIt() {
        LedgerCodec.BadRecord e = assertThrows(LedgerCodec.BadRecord.class, () -> LedgerCodec.decode("{\"v\":2,\"seq\":1,"
                + "\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"snapshot\",\"step\":\"decommission.snapshot\",\"status\":\"DONE\"}"));
        assertTrue(e.getMessage().contains("\"snapshot\"") && e.getMessage().contains("format v2"), e.getMessage());
    }

    /** The names are the ledger's vocabulary: ledgers already written hold these, so they never change. */
    @Test
    void theNamesOldLedgersHoldAreStillTheNames() {
        assertEquals(List.of("observe.stop-own-ensemble", "observe.register-observer", "observe.restart-as-observer",
                        "observe.await-caught-up", "verify.parity", "cutover.group", "rollback.unregister-observer",
                        "rollback.stop-observer", "rollback.restore-target", "rollback.withdraw-milestones", "split.static"),
                List.of(StepNames.STOP_OWN_ENSEMBLE, StepNames.REGISTER_OBSERVER, StepNames.RESTART_AS_OBSERVER,
                        StepNames.AWAIT_CAUGHT_UP, StepNames.VERIFY_PARITY, StepNames.CUTOVER_MARK,
                        StepNames.ROLLBACK_UNREGISTER_OBSERVER, StepNames.ROLLBACK_STOP_OBSERVER,
                        StepNames.ROLLBACK_RESTORE_TARGET, StepNames.ROLLBACK_WITHDRAW_MILESTONES, StepNames.STATIC_SPLIT));
        assertEquals(List.of("milestone.target-provisioned", "milestone.target-observing", "milestone.verified",
                        "milestone.cutover-complete", "milestone.split-complete", "milestone.legacy-quiet",
                        "milestone.disconnected", "milestone.snapshots-complete"),
                Arrays.stream(Milestone.values()).map(Milestone::step).toList());
        assertEquals("split-rollback.remove-leader", StepNames.of(StepNames.SPLIT_ROLLBACK, StepNames.REMOVE_LEADER));
    }
}
