package io.zkmig.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A process's full command line. {@link ProcessHandle.Info#arguments()} gives up on long command lines (a
 * ZooKeeper JVM's class path is long), so on Linux it is read from {@code /proc/<pid>/cmdline}.
 */
public final class CommandLines {
    private CommandLines() {
    }

    public static Optional<List<String>> of(ProcessHandle h) {
        Path proc = Path.of("/proc", Long.toString(h.pid()), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                List<String> parts = new ArrayList<>(Arrays.asList(raw.split("\0")));
                return parts.isEmpty() || parts.get(0).isEmpty() ? Optional.empty() : Optional.of(List.copyOf(parts));
            }
        } catch (IOException e) {
            // gone, or not ours to read: fall back to what the JDK knows
        }
        Optional<String> command = h.info().command();
        Optional<String[]> args = h.info().arguments();
        if (command.isEmpty() || args.isEmpty()) {
            return Optional.empty();
        }
        List<String> all = new ArrayList<>();
        all.add(command.get());
        all.addAll(Arrays.asList(args.get()));
        return Optional.of(all);
    }
}
