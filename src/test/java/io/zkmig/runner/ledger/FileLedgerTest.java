package io.zkmig.runner.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLedgerTest {
    @TempDir
    Path stateDir;

    @Test
    void entriesSurviveReopening() {
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            ledger.append(LedgerEntry.of("observe.restart-as-observer", "11", LedgerEntry.Status.STARTED, Map.of()));
            ledger.append(LedgerEntry.of("observe.restart-as-observer", "11", LedgerEntry.Status.DONE, Map.of("zxid", "0x100000005")));
        }
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            assertEquals(2, ledger.entries().size());
            assertEquals(2, ledger.entries().get(1).seq());
            assertTrue(ledger.state().isDone("observe.restart-as-observer", "11"));
        }
    }

    @Test
    void aTornLastLineFromACrashIsDropped() throws Exception {
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            ledger.append(LedgerEntry.of("verify.compare-trees", "", LedgerEntry.Status.DONE, Map.of()));
        }
        Files.writeString(stateDir.resolve(FileLedger.FILE_NAME), "{\"seq\":2,\"step\":\"spl", StandardOpenOption.APPEND);
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            assertEquals(1, ledger.entries().size());
            ledger.append(LedgerEntry.of("split.promote", "11", LedgerEntry.Status.STARTED, Map.of()));
        }
        assertEquals(2, FileLedger.readOnly(stateDir).entries().size());
    }

    @Test
    void aSecondRunnerIsRefused() {
        try (FileLedger first = FileLedger.open(stateDir)) {
            LedgerLockedException e = assertThrows(LedgerLockedException.class, () -> FileLedger.open(stateDir));
            assertTrue(e.getMessage().contains("another zkmig runner"));
            assertEquals(0, FileLedger.readOnly(stateDir).entries().size(), "readers need no lock");
        }
        FileLedger.open(stateDir).close();
    }

    @Test
    void milestonesFollowTheirLastStatus() {
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            ledger.append(LedgerEntry.of(Milestone.TARGET_OBSERVING.step(), "", LedgerEntry.Status.DONE, Map.of()));
            assertTrue(ledger.state().has(Milestone.TARGET_OBSERVING));
            ledger.append(LedgerEntry.of(Milestone.TARGET_OBSERVING.step(), "", LedgerEntry.Status.ROLLED_BACK, Map.of()));
            assertFalse(ledger.state().has(Milestone.TARGET_OBSERVING));
        }
    }
}
