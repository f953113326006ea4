package io.zkmig.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts {@link ParentWatchdog}'s class file, alone, in a folder for the servers' class path. */
final class WatchdogClasses {
    private static volatile Path directory;

    private WatchdogClasses() {
    }

    static synchronized Path directory() {
        if (directory == null) {
            try {
                Path dir = Files.createTempDirectory("zkmig-watchdog");
                Path target = dir.resolve("io/zkmig/sandbox/ParentWatchdog.class");
                Files.createDirectories(target.getParent());
                try (InputStream in = ParentWatchdog.class.getResourceAsStream("ParentWatchdog.class")) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                dir.toFile().deleteOnExit();
                directory = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }
}
