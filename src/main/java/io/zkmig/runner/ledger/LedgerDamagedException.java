package io.zkmig.runner.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ledger holds a line that is not a record, somewhere other than a torn last line. The ledger is the
 * migration's only memory, so nothing is read past it, nothing is rewritten, and every command stops
 * (the CLI exits 3) until a person has looked at the file.
 */
public final class LedgerDamagedException extends RuntimeException {
    private final String location;
    private final List<BadLine> lines;

    /** One damaged line: its number (from 1) and what is wrong with it. */
    public record BadLine(long number, String problem) {
    }

    public LedgerDamagedException(String location, List<BadLine> lines, long totalLines) {
        super(message(location, lines, totalLines));
        this.location = location;
        this.lines = List.copyOf(lines);
    }

    public LedgerDamagedException(Path file, List<BadLine> lines, long totalLines) {
        this(file.toString(), lines, totalLines);
    }

    /** The file (or object) the ledger is kept in. */
    public String location() {
        return location;
    }

    public List<BadLine> lines() {
        return lines;
    }

    private static String message(String location, List<BadLine> lines, long totalLines) {
        String numbers = lines.stream().map(l -> Long.toString(l.number())).collect(Collectors.joining(", "));
        return "the ledger " + location + " is damaged at line" + (lines.size() == 1 ? " " : "s ") + numbers
                + " of " + totalLines + ":\n"
                + lines.stream().map(l -> "    line " + l.number() + ": " + l.problem()).collect(Collectors.joining("\n"))
                + "\n  The ledger is the migration's only record of what happened, so zkmig changes nothing and no"
                + " command runs until it is repaired. " + (location.startsWith("s3://")
                        ? "Restore an earlier version of the object (S3 versioning)" : "Restore the file from a backup")
                + ", or repair the line"
                + (lines.size() == 1 ? "" : "s") + " named above by hand (a blank line may simply be deleted; one JSON"
                + " record per line, format in docs/ledger.md), then run the command again.";
    }
}
