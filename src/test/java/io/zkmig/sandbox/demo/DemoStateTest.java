package io.zkmig.sandbox.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.cli.ExitCodes;
import io.zkmig.cli.RefusedException;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecLoader;
import io.zkmig.spec.StateFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo deletes only what zkmig wrote: with {@code state.dir: .} it once deleted the spec and its folder. */
class DemoStateTest {
    static final Path EXAMPLE = Path.of("stacks/examples/local.yaml");

    @TempDir
    Path dir;

    @Test
    void theDemoWithTheSpecsOwnFolderAsStateIsRefusedAndEveryFileStays() throws Exception {
        Path spec = spec("dir: .");
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.createDirectories(dir.resolve("keys"));
        Files.writeString(dir.resolve("keys/ssh"), "secret");
        List<Path> before = files();

        StringWriter err = new StringWriter();
        CommandLine cmd = io.zkmig.app.Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        int code = cmd.execute("demo", "--spec", spec.toString());

        assertEquals(ExitCodes.INVALID_SPEC, code, err.toString());
        assertTrue(err.toString().contains("state.dir") && err.toString().contains("the folder the spec itself is in"),
                err.toString());
        assertEquals(before, files(), "nothing deleted");
    }

    @Test
    void aResetDeletesWhatZkmigWroteAndNothingElse() throws Exception {
        MigrationSpec spec = SpecLoader.load(spec("dir: state"));
        Path state = spec.stateDir();
        StateFolder.claim(state);
        Files.createDirectories(state.resolve("sandbox/legacy-1/data"));
        Files.writeString(state.resolve("sandbox/legacy-1/data/myid"), "1\n");
        Files.createDirectories(state.resolve("demo"));
        Files.writeString(state.resolve("ledger.jsonl"), "");
        Files.writeString(state.resolve("notes.txt"), "an operator's");

        DemoState.reset(spec, Map.of());

        try (Stream<Path> left = Files.list(state)) {
            assertEquals(List.of(StateFolder.MARKER, "notes.txt"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("an operator's", Files.readString(state.resolve("notes.txt")));
    }

    @Test
    void aRealMigrationsLedgerIsNeverResetByTheDemo() throws Exception {
        MigrationSpec spec = SpecLoader.load(spec("dir: state"));
        StateFolder.claim(spec.stateDir());
        Files.writeString(spec.stateDir().resolve("ledger.jsonl"), "{\"seq\":1}\n");
        RefusedException e = assertThrows(RefusedException.class, () -> DemoState.reset(spec, Map.of()));
        assertTrue(e.getMessage().contains("the demo did not run"), e.getMessage());
        assertFalse(Files.readString(spec.stateDir().resolve("ledger.jsonl")).isEmpty());
    }

    private Path spec(String stateLine) throws Exception {
        Path file = dir.resolve("local-demo.yaml");
        Files.writeString(file, Files.readString(EXAMPLE).replace("dir: ../../.zkmig/local-demo", stateLine));
        return file;
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.sorted().toList();
        }
    }
}
