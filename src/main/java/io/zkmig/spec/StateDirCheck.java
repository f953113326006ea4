package io.zkmig.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code state.dir} must be a folder zkmig owns ({@link StateFolder}): not the root, not the home folder, not
 * the spec's own folder, not under a file, and either absent, empty, marked by zkmig or holding only what
 * zkmig writes. Zkmig deletes and overwrites in its state folder, so a folder of anyone else's is refused
 * before anything is written.
 */
final class StateDirCheck {
    private static final String FIELD = "state.dir";
    private static final String ADVICE = "; name a folder of this migration's own (e.g. .zkmig/<name>, the default),"
            + " new or empty: zkmig creates it and keeps its ledger, locks and local servers there";

    private StateDirCheck() {
    }

    static List<SpecProblem> problems(String fileName, MigrationSpec spec, Optional<Path> home) {
        List<SpecProblem> problems = new ArrayList<>();
        String given = spec.state().dir();
        if (given != null && given.isBlank()) {
            problems.add(new SpecProblem(fileName, FIELD, "is empty" + ADVICE));
            return problems;
        }
        Path dir = real(spec.stateDir());
        String named = given == null ? "the default " + spec.stateDir() : "'" + given + "' (" + dir + ")";
        if (dir.getParent() == null) {
            problems.add(new SpecProblem(fileName, FIELD, named + " is the root folder" + ADVICE));
        } else if (home.map(StateDirCheck::real).filter(dir::equals).isPresent()) {
            problems.add(new SpecProblem(fileName, FIELD, named + " is your home folder" + ADVICE));
        } else if (spec.source() != null && dir.equals(real(spec.baseDir()))) {
            problems.add(new SpecProblem(fileName, FIELD, named + " is the folder the spec itself is in" + ADVICE));
        } else {
            notAFolderOfOurs(dir).ifPresent(why -> problems.add(new SpecProblem(fileName, FIELD, named + " " + why + ADVICE)));
        }
        return problems;
    }

    private static Optional<String> notAFolderOfOurs(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
                return Optional.of(p.equals(dir) ? "is a file, not a folder" : "is under " + p + ", which is a file");
            }
        }
        if (!Files.isDirectory(dir) || StateFolder.isMarked(dir)) {
            return Optional.empty();
        }
        try {
            List<String> foreign = StateFolder.foreignEntries(dir);
            if (foreign.isEmpty()) {
                return Optional.empty();
            }
            String listed = String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? " and " + (foreign.size() - 5) + " more" : "");
            return Optional.of("holds files zkmig did not write (" + listed + ")");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The path with symbolic links resolved as far as it exists (so a link to $HOME is $HOME). */
    private static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
