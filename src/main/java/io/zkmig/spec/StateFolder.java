package io.zkmig.spec;

import io.zkmig.support.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A migration's state folder ({@code state.dir}) is zkmig's own: created by it (0700) and marked with
 * {@value #MARKER}, or empty when first used. Everything zkmig writes at its top level has one of the
 * names in {@link #ENTRIES}, so zkmig can tell its own files from anyone else's, and deletes only those.
 */
public final class StateFolder {
    /** The file that marks a folder as a zkmig state folder. */
    public static final String MARKER = ".zkmig-state";

    public static final String LEDGER = "ledger.jsonl";
    public static final String TORN_LEDGER = LEDGER + ".torn";
    public static final String RUNNER_LOCK = "runner.lock";
    /** The sandbox's ZooKeeper servers ({@code zkmig sandbox up}). */
    public static final String SANDBOX = "sandbox";
    /** What node control remembers about each target server. */
    public static final String NODES = "nodes";
    /** Terraform state of the stacks with the local backend. */
    public static final String TERRAFORM = "terraform";
    /** cdktf's synthesized stacks when zkmig runs cdktf (the demo). */
    public static final String CDKTF_OUT = "cdktf.out";
    /** The demo's control plane and its working copies of the spec. */
    public static final String CONTROL_PLANE = "control-plane";
    public static final String DEMO = "demo";

    /** Every name zkmig writes at the top of a state folder. */
    public static final Set<String> ENTRIES = Set.of(MARKER, LEDGER, TORN_LEDGER, RUNNER_LOCK, SANDBOX, NODES, TERRAFORM,
            CDKTF_OUT, CONTROL_PLANE, DEMO);

    private static final String MARKER_TEXT = "This folder holds the state of a zkmig migration (its ledger, locks and local"
            + " runtime).\nzkmig created it and writes only the names it knows here; put nothing else in it.\n";

    private StateFolder() {
    }

    /**
     * Makes sure {@code dir} is a zkmig state folder before zkmig writes into it: created 0700 (with any missing
     * parents) and marked, or an existing one narrowed to 0700 and marked. A folder holding anything zkmig did
     * not write is refused (the spec check reports it first; this is the last line of defence).
     */
    public static Path claim(Path dir) {
        try {
            if (!isMarked(dir)) {
                List<String> foreign = foreignEntries(dir);
                if (!foreign.isEmpty()) {
                    throw new IllegalStateException("the state folder " + dir + " holds files zkmig did not write ("
                            + String.join(", ", foreign) + "): zkmig writes only into a folder of its own");
                }
            }
            PrivateFiles.createFolders(dir);
            PrivateFiles.restrict(dir);
            Path marker = dir.resolve(MARKER);
            if (PrivateFiles.createFile(marker)) {
                Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the state folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** True when zkmig marked the folder as its own. */
    public static boolean isMarked(Path dir) {
        return Files.isRegularFile(dir.resolve(MARKER));
    }

    /** The top-level names in {@code dir} zkmig did not write (sorted); none when it does not exist. */
    public static List<String> foreignEntries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !ENTRIES.contains(n)).sorted().toList();
        }
    }

    /** The entries zkmig wrote in {@code dir} (the marker excepted), for a reset that deletes only those. */
    public static List<Path> ownEntries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> ENTRIES.contains(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().equals(MARKER)).sorted().toList();
        }
    }
}
