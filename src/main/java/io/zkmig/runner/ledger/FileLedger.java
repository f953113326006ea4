package io.zkmig.runner.ledger;

import io.zkmig.spec.StateFolder;
import io.zkmig.support.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger as JSON lines in {@code <stateDir>/ledger.jsonl} (format: docs/ledger.md). Each append is one
 * write followed by fsync, so a crash leaves at most one torn last line. Opening for writing moves such a
 * torn line (never acknowledged) to {@code ledger.jsonl.torn} and completes a last record that only lacks
 * its newline; a damaged line anywhere else refuses every open ({@link LedgerDamagedException}) and the file
 * is left as it is. A writer holds the {@link RunnerLock} on {@code <stateDir>/runner.lock}: a second runner is
 * refused. Opening for writing claims the state folder ({@link StateFolder#claim}: 0700, marked); the files are 0600.
 */
public final class FileLedger implements Ledger {
    public static final String FILE_NAME = StateFolder.LEDGER;
    public static final String TORN_SUFFIX = StateFolder.TORN_LEDGER.substring(StateFolder.LEDGER.length());
    public static final String LOCK_FILE = RunnerLock.FILE_NAME;

    private final Path file;
    private final Clock clock;
    private final List<LedgerEntry> entries;
    private final FileChannel channel;
    private final RunnerLock lock;
    private final Optional<Path> setAside;

    private FileLedger(Path stateDir, Clock clock, boolean writable) {
        this.file = stateDir.resolve(FILE_NAME);
        this.clock = clock;
        FileChannel ch = null;
        RunnerLock held = null;
        try {
            if (writable) {
                held = RunnerLock.take(stateDir);
                PrivateFiles.createFile(file);
                PrivateFiles.restrict(file);
                ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                LedgerLines lines = LedgerLines.parse(readAll(ch));
                refuseDamaged(lines);
                setAside = repairEnd(ch, lines);
                entries = new ArrayList<>(lines.entries());
            } else {
                setAside = Optional.empty();
                LedgerLines lines = Files.exists(file) ? LedgerLines.parse(Files.readAllBytes(file))
                        : LedgerLines.parse(new byte[0]);
                refuseDamaged(lines);
                entries = new ArrayList<>(lines.entries());
            }
        } catch (IOException | RuntimeException e) {
            try {
                release(ch, held);
            } catch (IOException | RuntimeException ignored) {
                // the open failed already; that failure is the one to report
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot open ledger " + file + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
        this.channel = ch;
        this.lock = held;
    }

    /** Opens the ledger for writing, taking the migration's runner lock. */
    public static FileLedger open(Path stateDir) {
        return new FileLedger(stateDir, Clock.systemUTC(), true);
    }

    public static FileLedger open(Path stateDir, Clock clock) {
        return new FileLedger(stateDir, clock, true);
    }

    /** Reads the ledger without the lock (status, the CDKTF app); appending is refused, nothing is changed. */
    public static FileLedger readOnly(Path stateDir) {
        return new FileLedger(stateDir, Clock.systemUTC(), false);
    }

    /** Where a torn last line found at opening was moved, if there was one (for a warning). */
    public Optional<Path> setAside() {
        return setAside;
    }

    @Override
    public synchronized LedgerEntry append(LedgerEntry entry) {
        if (channel == null) {
            throw new IllegalStateException("ledger " + file + " is open read-only");
        }
        LedgerEntry numbered = entry.numbered(entries.size() + 1L, clock.instant());
        try {
            write(channel, LedgerLines.line(numbered).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ledger " + file, e);
        }
        entries.add(numbered);
        return numbered;
    }

    @Override
    public synchronized List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized void close() {
        try {
            release(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refuseDamaged(LedgerLines lines) {
        if (lines.damaged()) {
            throw new LedgerDamagedException(file, lines.bad(), lines.lineCount());
        }
    }

    /** A torn last line goes to {@code ledger.jsonl.torn} (appended, never overwritten), then is cut off. */
    private Optional<Path> repairEnd(FileChannel ch, LedgerLines lines) throws IOException {
        if (lines.missingNewline()) {
            write(ch, new byte[] {'\n'});
        }
        if (lines.torn() == null) {
            return Optional.empty();
        }
        Path torn = file.resolveSibling(FILE_NAME + TORN_SUFFIX);
        PrivateFiles.createFile(torn);
        byte[] kept = new byte[lines.torn().length + 1];
        System.arraycopy(lines.torn(), 0, kept, 0, lines.torn().length);
        kept[kept.length - 1] = '\n';
        try (FileChannel out = FileChannel.open(torn, StandardOpenOption.WRITE)) {
            write(out, kept);
        }
        ch.truncate(lines.completeBytes());
        ch.force(true);
        return Optional.of(torn);
    }

    private static void write(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long position = ch.size();
        while (buffer.hasRemaining()) {
            position += ch.write(buffer, position);
        }
        ch.force(false);
    }

    private static byte[] readAll(FileChannel ch) throws IOException {
        ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(ch.size()));
        while (all.hasRemaining() && ch.read(all, all.position()) > 0) {
            // read fully
        }
        return all.array();
    }

    private static void release(FileChannel ch, RunnerLock held) throws IOException {
        if (ch != null) {
            ch.close();
        }
        if (held != null) {
            held.close();
        }
    }
}
