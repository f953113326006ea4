package io.zkmig.cloud;

import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.LedgerDamagedException;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.LedgerLines;
import io.zkmig.runner.ledger.LedgerLockedException;
import io.zkmig.runner.ledger.RunnerLock;
import io.zkmig.spec.LedgerSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The ledger as one S3 object ({@code state.ledger: {type: s3}}), in the file ledger's format (docs/ledger.md).
 * Every append puts the whole object again, the bytes read plus one line, on condition: {@code If-Match} the ETag
 * last read, or {@code If-None-Match: *} for the first record, so no record is ever lost or overwritten. A writer
 * that loses that race re-reads the object and refuses, now and for the rest of its run, as a second runner is
 * refused ({@link LedgerLockedException}, exit 5). Writers also hold the lock object ({@link S3LedgerLock}) and the
 * local {@link RunnerLock} in the state folder, so a second runner is refused when it opens, not at its first write.
 * A put is never torn, so any line that is not a record is damage and refuses every open. The ledger owns its client.
 */
public final class S3Ledger implements Ledger {
    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String location;
    private final Clock clock;
    private final RunnerLock localLock;
    private final S3LedgerLock lock;
    private final List<LedgerEntry> entries;
    private byte[] bytes;
    private String etag;
    private boolean missingNewline;
    private LedgerLockedException lost;

    private S3Ledger(S3Client s3, LedgerSpec spec, Clock clock, RunnerLock localLock, S3LedgerLock lock, Read read) {
        this.s3 = s3;
        this.bucket = spec.bucket();
        this.key = spec.key();
        this.location = spec.location();
        this.clock = clock;
        this.localLock = localLock;
        this.lock = lock;
        this.bytes = read.bytes;
        this.etag = read.etag;
        LedgerLines lines = parse(location, read.bytes);
        this.missingNewline = lines.missingNewline();
        this.entries = new ArrayList<>(lines.entries());
    }

    /**
     * Opens the ledger for writing: takes the local runner lock in {@code stateDir}, then the S3 lock object, then
     * reads the ledger. Refuses ({@link LedgerLockedException}) when another runner holds either lock.
     */
    public static S3Ledger open(S3Client s3, LedgerSpec spec, Path stateDir, Clock clock) {
        RunnerLock local = null;
        S3LedgerLock held = null;
        try {
            try {
                local = RunnerLock.take(stateDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the ledger's state folder " + stateDir + ": " + e.getMessage(), e);
            }
            held = S3LedgerLock.take(s3, spec.bucket(), spec.key());
            return new S3Ledger(s3, spec, clock, local, held, read(s3, spec));
        } catch (RuntimeException e) {
            closeQuietly(held);
            closeQuietly(local);
            s3.close();
            throw e;
        }
    }

    public static S3Ledger open(S3Client s3, LedgerSpec spec, Path stateDir) {
        return open(s3, spec, stateDir, Clock.systemUTC());
    }

    /** Reads the ledger without any lock (status, the CDKTF app); appending is refused. An absent object is empty. */
    public static S3Ledger readOnly(S3Client s3, LedgerSpec spec) {
        try {
            return new S3Ledger(s3, spec, Clock.systemUTC(), null, null, read(s3, spec));
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
    }

    /** Who held the S3 lock when this runner found it left behind by a dead runner on this host, if it did. */
    public Optional<String> staleLockTakenOver() {
        return lock == null ? Optional.empty() : Optional.ofNullable(lock.staleTakenOver());
    }

    /** {@code s3://bucket/key}. */
    public String location() {
        return location;
    }

    @Override
    public synchronized LedgerEntry append(LedgerEntry entry) {
        if (lock == null) {
            throw new IllegalStateException("ledger " + location + " is open read-only");
        }
        if (lost != null) {
            throw lost;
        }
        LedgerEntry numbered = entry.numbered(entries.size() + 1L, clock.instant());
        byte[] next = appended(numbered);
        String tag;
        try {
            tag = S3Conditions.putReturningTag(s3, bucket, key, next, etag);
            if (tag == null) {
                Read now = read(s3, bucket, key);
                if (!Arrays.equals(now.bytes, next)) {
                    lost = LedgerLockedException.held("the ledger " + location + " was written by another runner after"
                            + " this one read it" + lastRecord(now.bytes));
                    throw lost;
                }
                tag = now.etag; // our own put, retried by the SDK after it had already taken effect
            }
        } catch (SdkException e) {
            throw new IllegalStateException("cannot write the ledger " + location + ": " + AwsErrors.describe(e), e);
        }
        etag = tag;
        bytes = next;
        missingNewline = false;
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
            if (lock != null) {
                lock.close();
            }
        } finally {
            closeQuietly(localLock);
            s3.close();
        }
    }

    private byte[] appended(LedgerEntry numbered) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 256);
        out.writeBytes(bytes);
        if (missingNewline) {
            out.write('\n');
        }
        out.writeBytes(LedgerLines.line(numbered).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String lastRecord(byte[] now) {
        LedgerLines lines = LedgerLines.parse(now);
        if (lines.entries().isEmpty()) {
            return "";
        }
        LedgerEntry last = lines.entries().get(lines.entries().size() - 1);
        return ": its last record is seq " + last.seq() + ", " + last.step()
                + (last.subject().isEmpty() ? "" : " [" + last.subject() + "]") + " " + last.status() + " at " + last.at();
    }

    private static LedgerLines parse(String location, byte[] bytes) {
        LedgerLines lines = LedgerLines.parse(bytes);
        List<LedgerDamagedException.BadLine> bad = new ArrayList<>(lines.bad());
        if (lines.torn() != null) {
            bad.add(new LedgerDamagedException.BadLine(lines.lineCount(), "not a complete record (an S3 put is never"
                    + " torn, so something other than zkmig wrote this line)"));
        }
        if (!bad.isEmpty()) {
            throw new LedgerDamagedException(location, bad, lines.lineCount());
        }
        return lines;
    }

    private record Read(byte[] bytes, String etag) {
    }

    private static Read read(S3Client s3, LedgerSpec spec) {
        try {
            return read(s3, spec.bucket(), spec.key());
        } catch (SdkException e) {
            throw new IllegalStateException("cannot read the ledger " + spec.location() + ": " + AwsErrors.describe(e), e);
        }
    }

    private static Read read(S3Client s3, String bucket, String key) {
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            return new Read(object.asByteArray(), object.response().eTag());
        } catch (NoSuchKeyException absent) {
            return new Read(new byte[0], null);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // the failure being reported is the one that matters
        }
    }
}
