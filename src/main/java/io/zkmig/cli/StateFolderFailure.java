package io.zkmig.cli;

import io.zkmig.spec.InvalidSpecException;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A state folder (the spec's {@code state.dir}) the ledger cannot be opened in is a problem of the spec, not of
 * zkmig: exit 3, with the cause in words (a file where a folder must be, permission denied, ...).
 */
final class StateFolderFailure {
    private StateFolderFailure() {
    }

    static InvalidSpecException of(MigrationSpec spec, UncheckedIOException e) {
        String source = spec.source() == null ? "" : spec.source().toString();
        return new InvalidSpecException(List.of(new SpecProblem(source, "state.dir", "the state folder "
                + spec.stateDir() + " cannot be used: " + cause(e.getCause()))));
    }

    private static String cause(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            Path file = Path.of(fs.getFile());
            if (Files.isRegularFile(file)) {
                return file + " is a file, not a folder; point state.dir at a folder of its own";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied for " + file;
            }
            return file + ": " + (fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName());
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
