package io.zkmig.runner.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLedgerTest {
    @TempDir
    Path stateDir;

    @Test
    void entriesSurviveReopening() {
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            ledger.append(LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.STARTED, Map.of()));
            ledger.append(LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.DONE, Map.of("zxid", "0x100000005")));
        }
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            assertEquals(2, ledger.entries().size());
            assertEquals(2, ledger.entries().get(1).seq());
            assertTrue(ledger.state().isDone("observe.restart-as-observer", "11"));
        }
    }

    @Test
    void aTornLastLineFromACrashIsSetAside() throws Exception {
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            ledger.append(LedgerEntry.step("verify.compare-trees", "", LedgerEntry.Status.DONE, Map.of()));
        }
        Files.writeString(stateDir.resolve(FileLedger.FILE_NAME), "{\"seq\":2,\"step\":\"spl", StandardOpenOption.APPEND);
        assertEquals(1, FileLedger.readOnly(stateDir).entries().size(), "a reader skips it and changes nothing");
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            assertEquals(1, ledger.entries().size());
            assertEquals(stateDir.resolve("ledger.jsonl.torn"), ledger.setAside().orElseThrow());
            ledger.append(LedgerEntry.step("split.promote", "11", LedgerEntry.Status.STARTED, Map.of()));
        }
        assertEquals(2, FileLedger.readOnly(stateDir).entries().size());
        assertEquals("{\"seq\":2,\"step\":\"spl\n", Files.readString(stateDir.resolve("ledger.jsonl.torn")));
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
            ledger.append(LedgerEntry.milestone(Milestone.TARGET_OBSERVING, LedgerEntry.Status.DONE, Map.of()));
            assertTrue(ledger.state().has(Milestone.TARGET_OBSERVING));
            ledger.append(LedgerEntry.milestone(Milestone.TARGET_OBSERVING, LedgerEntry.Status.ROLLED_BACK, Map.of()));
            assertFalse(ledger.state().has(Milestone.TARGET_OBSERVING));
        }
    }

    @Test
    void everyRecordCarriesTheFormatItWasWrittenIn() throws Exception {
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            ledger.append(LedgerEntry.step("verify.parity", "", LedgerEntry.Status.DONE, Map.of("znodes", 5)));
        }
        String line = Files.readString(stateDir.resolve(FileLedger.FILE_NAME));
        assertTrue(line.startsWith("{\"v\":" + LedgerEntry.FORMAT + ",\"seq\":1,\"at\":\""), line);
        assertEquals(LedgerEntry.FORMAT, FileLedger.readOnly(stateDir).entries().get(0).v());
    }

    @Test
    void aLineWithoutAFormatIsTheFirstFormatAndReadAsItWas() throws Exception {
        Files.writeString(stateDir.resolve(FileLedger.FILE_NAME),
                "{\"seq\":1,\"at\":\"2026-01-01T10:00:00Z\",\"step\":\"observe.register-observer\",\"subject\":\"11\","
                        + "\"status\":\"DONE\",\"details\":{\"millis\":40}}\n");
        LedgerEntry e = FileLedger.readOnly(stateDir).entries().get(0);
        assertEquals(0, e.v());
        assertEquals("11", e.subject());
        assertEquals(40, e.details().get("millis"));
    }

    @Test
    void fieldsANewerZkmigWroteAreKeptWhenTheRecordIsWrittenAgain() throws Exception {
        String line = "{\"v\":2,\"seq\":3,\"at\":\"2026-01-01T10:00:00Z\",\"kind\":\"step\",\"step\":\"split.promote\",\"subject\":\"11\","
                + "\"status\":\"DONE\",\"host\":{\"boot\":\"4f2e\"},\"region\":\"us-east-1\"}";
        LedgerEntry e = LedgerCodec.decode(line);
        assertEquals(Map.of("host", Map.of("boot", "4f2e"), "region", "us-east-1"), e.unknown());
        assertEquals(line, LedgerCodec.encode(e));
    }

    @Test
    void aDamagedLineIsRefusedByReadersAndWritersAndTheFileIsLeftAsItWas() throws Exception {
        try (FileLedger ledger = FileLedger.open(stateDir)) {
            for (int i = 0; i < 3; i++) {
                ledger.append(LedgerEntry.step("observe.await-caught-up", "1" + i, LedgerEntry.Status.DONE, Map.of()));
            }
        }
        Path file = stateDir.resolve(FileLedger.FILE_NAME);
        String text = Files.readString(file).replaceFirst("\"seq\":2,", "\"seq\":\"two\",");
        Files.writeString(file, text);
        LedgerDamagedException read = assertThrows(LedgerDamagedException.class, () -> FileLedger.readOnly(stateDir));
        assertEquals(List.of(2L), read.lines().stream().map(LedgerDamagedException.BadLine::number).toList());
        LedgerDamagedException write = assertThrows(LedgerDamagedException.class, () -> FileLedger.open(stateDir));
        assertTrue(write.getMessage().contains(file + " is damaged at line 2 of 3"), write.getMessage());
        assertEquals(text, Files.readString(file));
        assertThrows(LedgerDamagedException.class, () -> FileLedger.open(stateDir), "a refused open releases the lock");
    }

    @Test
    void theLedgerItsLockAndTheirFolderAreTheOwnersAlone() throws Exception {
        Path dir = stateDir.resolve("new/state");
        FileLedger.open(dir).close();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.getParent())));
        for (String f : List.of(FileLedger.FILE_NAME, FileLedger.LOCK_FILE)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(f))), f);
        }
    }
}
