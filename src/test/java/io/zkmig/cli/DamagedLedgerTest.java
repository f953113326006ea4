package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SpecFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration's ledger after months of work: 28 records, as an earlier zkmig wrote them. Whatever damage it
 * takes, no command may cut it; only a torn last line (an interrupted append) is set aside, into a file.
 */
class DamagedLedgerTest {
    @TempDir
    Path dir;
    Path spec;
    Path ledger;

    @BeforeEach
    void aMigrationWith28Records() throws Exception {
        List<ServerSpec> legacy = new ArrayList<>();
        List<ServerSpec> target = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            legacy.add(new ServerSpec(1 + i, "127.0.1." + (250 + i), 2181, 2888, 3888, null, "3.8.4"));
            target.add(new ServerSpec(11 + i, "127.0.2." + (250 + i), 2181, 2888, 3888, null, "3.9.3"));
        }
        spec = SpecFixture.of(legacy, target).write(dir);
        Cli check = Cli.run("spec", "check", spec.toString());
        assertEquals(ExitCodes.OK, check.exitCode(), "nobody serves these servers, but the spec is valid: " + check);
        Path state = dir.resolve("state");
        Files.createDirectories(state);
        ledger = state.resolve(FileLedger.FILE_NAME);
        Files.write(ledger, (String.join("\n", twentyEightRecords()) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDamagedFifthLineStopsEveryCommandAndTheLedgerKeepsAll28Lines() throws Exception {
        replaceLine(5, "{\"seq\":5,\"at\":\"2026-01-05T10:00:00Z\",\"step\":\"observe.restart-as-obs\u0000\u0001");
        assertRefusedAtLine(5, "not valid JSON");
    }

    @Test
    void aBlankLineInsertedInTheMiddleStopsEveryCommand() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(ledger));
        lines.add(9, "");
        Files.write(ledger, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertRefusedAtLine(10, "blank");
    }

    @Test
    void aNullLineIsAnErrorWithTheLineNotACrash() throws Exception {
        replaceLine(20, "null");
        assertRefusedAtLine(20, "null");
    }

    @Test
    void aRecordWithAFieldFromANewerZkmigIsReadAndKept() throws Exception {
        replaceLine(7, "{\"v\":2,\"seq\":7,\"at\":\"2026-01-07T10:00:00Z\",\"step\":\"observe.await-caught-up\","
                + "\"subject\":\"11\",\"status\":\"DONE\",\"host\":{\"boot\":\"4f2e\"}}");
        byte[] before = Files.readAllBytes(ledger);

        Cli run = Cli.run("provisioned", spec.toString());
        assertNotEquals(ExitCodes.INVALID_SPEC, run.exitCode(), run.toString());

        byte[] after = Files.readAllBytes(ledger);
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "the 28 lines are as they were");
        List<LedgerEntry> entries = FileLedger.readOnly(dir.resolve("state")).entries();
        assertTrue(entries.size() >= 28, entries.size() + " records");
        assertEquals(java.util.Map.of("boot", "4f2e"), entries.get(6).unknown().get("host"));
        assertEquals("milestone.verified", entries.get(27).step());
    }

    @Test
    void aCompleteLastRecordWithoutItsNewlineIsKept() throws Exception {
        byte[] whole = Files.readAllBytes(ledger);
        Files.write(ledger, Arrays.copyOf(whole, whole.length - 1));

        Cli run = Cli.run("provisioned", spec.toString());
        assertNotEquals(ExitCodes.INVALID_SPEC, run.exitCode(), run.toString());

        byte[] after = Files.readAllBytes(ledger);
        assertArrayEquals(whole, Arrays.copyOf(after, whole.length), "the last record is kept, its newline added");
        assertTrue(FileLedger.readOnly(dir.resolve("state")).entries().size() >= 28);
    }

    @Test
    void aTornLastLineIsMovedAsideIntoATornFileNotDestroyed() throws Exception {
        byte[] whole = Files.readAllBytes(ledger);
        String torn = "{\"seq\":29,\"at\":\"2026-01-29T10:00:00Z\",\"step\":\"split.prom";
        Files.write(ledger, (new String(whole, StandardCharsets.UTF_8) + torn).getBytes(StandardCharsets.UTF_8));

        Cli run = Cli.run("provisioned", spec.toString());
        assertNotEquals(ExitCodes.INVALID_SPEC, run.exitCode(), run.toString());

        byte[] after = Files.readAllBytes(ledger);
        assertArrayEquals(whole, Arrays.copyOf(after, whole.length), "the 28 complete lines are kept");
        Path aside = ledger.resolveSibling(FileLedger.FILE_NAME + FileLedger.TORN_SUFFIX);
        assertEquals(torn + "\n", Files.readString(aside));
        assertEquals(28, FileLedger.readOnly(dir.resolve("state")).entries().get(27).seq());
    }

    private void assertRefusedAtLine(int line, String problem) throws Exception {
        byte[] before = Files.readAllBytes(ledger);
        for (String command : List.of("provisioned", "status", "observe", "verify", "split")) {
            Cli run = Cli.run(command, spec.toString());
            assertEquals(ExitCodes.INVALID_SPEC, run.exitCode(), command + ": " + run);
            assertTrue(run.err().contains(ledger.toString()) && run.err().contains("line " + line + ": ")
                    && run.err().contains(problem) && run.err().contains("docs/ledger.md"), command + ": " + run);
            assertArrayEquals(before, Files.readAllBytes(ledger), command + " left the ledger as it was");
        }
    }

    private void replaceLine(int number, String text) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(ledger));
        lines.set(number - 1, text);
        Files.write(ledger, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The lines an earlier zkmig (records without "v") wrote for provisioned, observe of 11-13 and verify. */
    private static List<String> twentyEightRecords() {
        List<String> lines = new ArrayList<>();
        String[] steps = {"stop-own-ensemble", "register-observer", "restart-as-observer", "await-caught-up"};
        lines.add(rec(1, "milestone.target-provisioned", "", "STARTED", null));
        lines.add(rec(2, "milestone.target-provisioned", "", "DONE", "{\"millis\":41}"));
        for (String server : List.of("11", "12", "13")) {
            for (String step : Arrays.copyOf(steps, 3)) {
                lines.add(rec(lines.size() + 1, "observe." + step, server, "STARTED", null));
                lines.add(rec(lines.size() + 1, "observe." + step, server, "DONE", "{\"millis\":812}"));
            }
        }
        lines.add(rec(lines.size() + 1, "observe.await-caught-up", "", "DONE", "{\"skipped\":\"already in effect\"}"));
        lines.add(rec(lines.size() + 1, "milestone.target-observing", "", "DONE", null));
        lines.add(rec(lines.size() + 1, "verify.parity", "", "STARTED", null));
        lines.add(rec(lines.size() + 1, "verify.parity", "", "DONE", "{\"millis\":2210}"));
        lines.add(rec(lines.size() + 1, "verify.report", "", "DONE", "{\"znodes\":5}"));
        lines.add(rec(lines.size() + 1, "milestone.verified", "", "STARTED", null));
        while (lines.size() < 27) {
            lines.add(rec(lines.size() + 1, "cutover.mark", "orders-api", "DONE", "{\"reason\":\"rolling restart\"}"));
        }
        lines.add(rec(28, "milestone.verified", "", "DONE", null));
        return lines;
    }

    private static String rec(int seq, String step, String subject, String status, String details) {
        return "{\"seq\":" + seq + ",\"at\":\"2026-01-" + String.format("%02d", Math.min(seq, 28)) + "T10:00:00Z\",\"step\":\""
                + step + "\"" + (subject.isEmpty() ? "" : ",\"subject\":\"" + subject + "\"") + ",\"status\":\"" + status
                + "\"" + (details == null ? "" : ",\"details\":" + details) + "}";
    }
}
