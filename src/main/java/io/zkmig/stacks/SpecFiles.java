package io.zkmig.stacks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The migration specs the app synthesizes: those named in {@code ZKMIG_SPECS} (paths separated by
 * the platform's path separator), else every {@code stacks/*.yaml}.
 */
final class SpecFiles {
    static final String ENV = "ZKMIG_SPECS";

    private SpecFiles() {
    }

    static List<Path> find(String listed, Path projectDir) {
        if (listed != null && !listed.isBlank()) {
            return Arrays.stream(listed.split(File.pathSeparator))
                    .filter(s -> !s.isBlank())
                    .map(s -> projectDir.resolve(s.strip()).normalize())
                    .toList();
        }
        Path dir = projectDir.resolve("stacks");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
