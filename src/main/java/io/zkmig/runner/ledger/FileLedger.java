package io.zkmig.runner.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger as JSON lines in {@code <stateDir>/ledger.jsonl}. Each append is one write followed by
 * fsync, so a crash leaves at most one torn last line; opening drops it (it never reported success).
 * A writer holds an exclusive lock on {@code <stateDir>/runner.lock}: a second runner is refused.
 */
public final class FileLedger implements Ledger {
    public static final String FILE_NAME = "ledger.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Path file;
    private final Clock clock;
    private final List<LedgerEntry> entries;
    private final FileChannel channel;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private FileLedger(Path stateDir, Clock clock, boolean writable) {
        this.file = stateDir.resolve(FILE_NAME);
        this.clock = clock;
        try {
            if (writable) {
                Files.createDirectories(stateDir);
                lockChannel = FileChannel.open(stateDir.resolve("runner.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                lock = tryLock(lockChannel, stateDir);
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                entries = readAndRepair(channel);
            } else {
                lockChannel = null;
                lock = null;
                channel = null;
                entries = Files.exists(file) ? parse(Files.readAllBytes(file)).entries : new ArrayList<>();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open ledger " + file, e);
        }
    }

    /** Opens the ledger for writing, taking the migration's runner lock. */
    public static FileLedger open(Path stateDir) {
        return new FileLedger(stateDir, Clock.systemUTC(), true);
    }

    public static FileLedger open(Path stateDir, Clock clock) {
        return new FileLedger(stateDir, clock, true);
    }

    /** Reads the ledger without the lock (status, the CDKTF app); appending is refused. */
    public static FileLedger readOnly(Path stateDir) {
        return new FileLedger(stateDir, Clock.systemUTC(), false);
    }

    @Override
    public synchronized LedgerEntry append(LedgerEntry entry) {
        if (channel == null) {
            throw new IllegalStateException("ledger " + file + " is open read-only");
        }
        LedgerEntry numbered = entry.numbered(entries.size() + 1L, clock.instant());
        try {
            byte[] line = (JSON.writeValueAsString(numbered) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long position = channel.size();
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
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
            if (channel != null) {
                channel.close();
            }
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileLock tryLock(FileChannel lockChannel, Path stateDir) throws IOException {
        FileLock taken;
        try {
            taken = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            taken = null;
        }
        if (taken == null) {
            lockChannel.close();
            throw new LedgerLockedException("another zkmig runner is working on this migration (lock "
                    + stateDir.resolve("runner.lock") + " is held); wait for it to finish or stop it first");
        }
        return taken;
    }

    private List<LedgerEntry> readAndRepair(FileChannel ch) throws IOException {
        ByteBuffer all = ByteBuffer.allocate((int) ch.size());
        while (all.hasRemaining() && ch.read(all, all.position()) > 0) {
            // read fully
        }
        Parsed parsed = parse(all.array());
        if (parsed.validBytes < all.capacity()) {
            ch.truncate(parsed.validBytes);
            ch.force(true);
        }
        return parsed.entries;
    }

    private record Parsed(List<LedgerEntry> entries, long validBytes) {
    }

    private static Parsed parse(byte[] bytes) {
        List<LedgerEntry> result = new ArrayList<>();
        long valid = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                try {
                    result.add(JSON.readValue(line, LedgerEntry.class));
                } catch (JsonProcessingException e) {
                    break;
                }
                valid = i + 1L;
                start = i + 1;
            }
        }
        return new Parsed(result, valid);
    }
}
