package io.zkmig.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.runner.ledger.LedgerLockedException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 ledger's runner lock: the object {@code <key>.lock}, created with {@code If-None-Match: *} when a runner
 * opens the ledger for writing and deleted when it closes it. A conditional create succeeds for exactly one
 * runner, on any machine, so a second runner is refused at once, as by the file ledger's lock, and never works
 * between the first one's appends. The object says who holds it (host, pid, since). A lock left by a runner that
 * died on this host (its pid is gone) is taken over with {@code If-Match}; one from another host is left for a
 * person to remove (docs/ledger.md), since only they can tell that its runner is gone.
 */
final class S3LedgerLock implements AutoCloseable {
    static final String SUFFIX = ".lock";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final byte[] mine;
    private final String staleTakenOver;

    private S3LedgerLock(S3Client s3, String bucket, String key, byte[] mine, String staleTakenOver) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.mine = mine;
        this.staleTakenOver = staleTakenOver;
    }

    /** Creates the lock object, or refuses ({@link LedgerLockedException}) naming the runner that holds it. */
    static S3LedgerLock take(S3Client s3, String bucket, String ledgerKey) {
        String key = ledgerKey + SUFFIX;
        String where = "s3://" + bucket + "/" + key;
        byte[] mine = holder();
        try {
            if (S3Conditions.put(s3, bucket, key, mine, null)) {
                return new S3LedgerLock(s3, bucket, key, mine, null);
            }
            ResponseBytes<GetObjectResponse> held;
            try {
                held = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            } catch (NoSuchKeyException released) {
                if (S3Conditions.put(s3, bucket, key, mine, null)) {
                    return new S3LedgerLock(s3, bucket, key, mine, null);
                }
                throw LedgerLockedException.held("lock " + where + " is held");
            }
            JsonNode by = read(held.asByteArray());
            if (diedHere(by) && S3Conditions.put(s3, bucket, key, mine, held.response().eTag())) {
                return new S3LedgerLock(s3, bucket, key, mine, describe(by));
            }
            throw LedgerLockedException.held("lock " + where + " is held" + (by == null ? "" : " by " + describe(by)));
        } catch (S3Exception e) {
            throw new IllegalStateException("cannot take the ledger's lock " + where + ": " + AwsErrors.describe(e), e);
        }
    }

    /** The holder a lock left by a dead runner on this host named, when this runner took it over. */
    String staleTakenOver() {
        return staleTakenOver;
    }

    /** Deletes the lock object if it is still this runner's (a person may have removed it and another runner taken it). */
    @Override
    public void close() {
        try {
            byte[] now;
            try {
                now = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
            } catch (NoSuchKeyException gone) {
                return;
            }
            if (java.util.Arrays.equals(now, mine)) {
                s3.deleteObject(b -> b.bucket(bucket).key(key));
            }
        } catch (SdkException e) {
            throw new IllegalStateException("cannot release the ledger's lock s3://" + bucket + "/" + key + ": "
                    + AwsErrors.describe(e) + "; delete it once this runner has ended (docs/ledger.md)", e);
        }
    }

    private static byte[] holder() {
        return JSON.createObjectNode().put("host", hostName()).put("pid", ProcessHandle.current().pid())
                .put("since", Instant.now().toString()).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean diedHere(JsonNode by) {
        return by != null && hostName().equals(by.path("host").asText())
                && by.path("pid").canConvertToLong()
                && ProcessHandle.of(by.path("pid").asLong()).map(p -> !p.isAlive()).orElse(true);
    }

    private static String describe(JsonNode by) {
        return "pid " + by.path("pid").asText("?") + " on " + by.path("host").asText("?") + " since "
                + by.path("since").asText("?");
    }

    private static JsonNode read(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }
}
