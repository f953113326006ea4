package io.zkmig.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code state.dir} must be a folder zkmig owns: real folders, every case the issue found and the ones that
 * must still pass (a new folder, an empty one, one zkmig marked, one an earlier zkmig filled).
 */
class StateDirCheckTest {
    static final Path EXAMPLE = Path.of("stacks/examples/local.yaml");

    @TempDir
    Path dir;

    @Test
    void theRootFolderIsRefused() throws Exception {
        assertRefused("/", "is the root folder");
    }

    @Test
    void anEmptyValueIsRefused() throws Exception {
        assertRefused("\"\"", "is empty");
    }

    @Test
    void theSpecsOwnFolderIsRefused() throws Exception {
        assertRefused(".", "is the folder the spec itself is in");
        assertRefused(dir.toString(), "is the folder the spec itself is in");
    }

    @Test
    void aLinkToTheSpecsFolderIsRefusedToo() throws Exception {
        Files.createSymbolicLink(dir.resolve("state-link"), dir);
        assertRefused("state-link", "is the folder the spec itself is in");
    }

    @Test
    void theHomeFolderIsRefused() throws Exception {
        assertRefused(System.getProperty("user.home"), "is your home folder");
    }

    @Test
    void aFolderHoldingFilesZkmigDidNotWriteIsRefusedAndNamesThem() throws Exception {
        Path other = Files.createDirectories(dir.resolve("shared"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        Files.writeString(other.resolve(FileLedger.FILE_NAME), "");
        InvalidSpecException e = assertRefused("shared", "holds files zkmig did not write (notes.txt)");
        assertEquals("state.dir", e.problems().get(0).path());
        assertEquals("mine", Files.readString(other.resolve("notes.txt")));
    }

    @Test
    void aFolderUnderAFileIsRefusedWithTheFile() throws Exception {
        Files.writeString(dir.resolve("plain"), "x");
        assertRefused("plain/state", "is under " + dir.resolve("plain") + ", which is a file");
    }

    @Test
    void aNewAnEmptyAMarkedOrAnEarlierZkmigsFolderIsAccepted() throws Exception {
        assertAccepted("new/state");
        Files.createDirectories(dir.resolve("empty"));
        assertAccepted("empty");
        Path earlier = Files.createDirectories(dir.resolve("earlier"));
        Files.writeString(earlier.resolve(FileLedger.FILE_NAME), "");
        Files.createDirectories(earlier.resolve("sandbox/legacy-1"));
        assertAccepted("earlier");
        Path marked = Files.createDirectories(dir.resolve("marked"));
        Files.writeString(marked.resolve(StateFolder.MARKER), "");
        Files.writeString(marked.resolve("zkmig-notes.txt"), "");
        assertAccepted("marked");
    }

    @Test
    void aStateFolderIsClaimedPrivateAndMarkedWhenZkmigFirstWritesIt() throws Exception {
        MigrationSpec spec = SpecLoader.load(specWith("new/state"));
        FileLedger.open(spec.stateDir()).close();
        assertTrue(StateFolder.isMarked(spec.stateDir()));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(spec.stateDir())));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(spec.stateDir().resolve(StateFolder.MARKER))));
    }

    @Test
    void writingIntoAFolderOfSomeoneElsesIsRefusedEvenWithoutTheSpecCheck() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("report.pdf"), "x");
        assertThrows(IllegalStateException.class, () -> FileLedger.open(other));
        try (Stream<Path> left = Files.list(other)) {
            assertEquals(List.of(other.resolve("report.pdf")), left.toList(), "nothing was written there");
        }
    }

    private InvalidSpecException assertRefused(String stateDir, String why) throws Exception {
        Path spec = specWith(stateDir);
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SpecLoader.load(spec));
        assertEquals(1, e.problems().size(), e.getMessage());
        SpecProblem p = e.problems().get(0);
        assertEquals("state.dir", p.path(), e.getMessage());
        assertTrue(p.message().contains(why) && p.message().contains("name a folder of this migration's own"), p.message());
        return e;
    }

    private void assertAccepted(String stateDir) throws Exception {
        MigrationSpec spec = SpecLoader.load(specWith(stateDir));
        assertEquals(dir.resolve(stateDir).normalize(), spec.stateDir());
    }

    private Path specWith(String stateDir) throws Exception {
        Path file = dir.resolve("local-demo.yaml");
        Files.writeString(file, Files.readString(EXAMPLE).replace("dir: ../../.zkmig/local-demo", "dir: " + stateDir));
        return file;
    }
}
