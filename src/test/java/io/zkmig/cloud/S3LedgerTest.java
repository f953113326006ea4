package io.zkmig.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.LedgerDamagedException;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.LedgerLockedException;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.LedgerSpec;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.TestAws;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 ledger against the test run's AWS emulator: the file ledger's bytes, one runner at a time, and a writer
 * that lost a race refused without a record lost. First of all, that the emulator honours the conditional puts the
 * ledger depends on: on one that ignored them every race test below would pass for nothing.
 */
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class S3LedgerTest {
    static final String HELD = "another zkmig runner is working on this migration (";
    static final String HOLD_ON = "); wait for it to finish or stop it first";

    @TempDir
    Path dir;

    @Test
    void theEmulatorHonoursIfMatchAndIfNoneMatchOnPutObject(TestAws aws) {
        LedgerSpec l = ledger(aws, "conditions");
        try (S3Client s3 = client(aws)) {
            String first = S3Conditions.putReturningTag(s3, l.bucket(), l.key(), bytes("one"), null);
            assertNotNull(first, "If-None-Match: * on an absent key must write");
            assertEquals(412, status(() -> s3.putObject(b -> b.bucket(l.bucket()).key(l.key()).ifNoneMatch("*"),
                    RequestBody.fromString("two"))), aws.emulator().kind().displayName()
                    + " does not honour If-None-Match: * on PutObject: two runners' first records could both be written");
            String second = S3Conditions.putReturningTag(s3, l.bucket(), l.key(), bytes("three"), first);
            assertNotNull(second, "If-Match on the current ETag must write");
            assertEquals(412, status(() -> s3.putObject(b -> b.bucket(l.bucket()).key(l.key()).ifMatch(first),
                    RequestBody.fromString("four"))), aws.emulator().kind().displayName()
                    + " does not honour If-Match on PutObject: a stale runner could overwrite the ledger");
            assertEquals("three", s3.getObjectAsBytes(b -> b.bucket(l.bucket()).key(l.key())).asUtf8String());
        }
    }

    /**
     * Eight writers at once from the same version, five rounds of each condition (new keys with If-None-Match, then
     * one key with If-Match on the last winner's ETag): exactly one write wins every round.
     */
    @Test
    void concurrentConditionalPutsHaveExactlyOneWinner(TestAws aws) throws Exception {
        LedgerSpec l = ledger(aws, "concurrent");
        List<S3Client> clients = java.util.stream.IntStream.range(0, 8).mapToObj(i -> client(aws)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients.size());
        try {
            String etag = null;
            for (int round = 0; round < 10; round++) {
                String ifMatch = round < 5 ? null : etag;
                String key = l.key() + (round < 5 ? "." + round : "");
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<String>> writes = new java.util.ArrayList<>();
                for (int i = 0; i < clients.size(); i++) {
                    S3Client c = clients.get(i);
                    byte[] body = bytes("round " + round + " writer " + i);
                    writes.add(pool.submit(() -> {
                        go.await();
                        return S3Conditions.putReturningTag(c, l.bucket(), key, body, ifMatch);
                    }));
                }
                go.countDown();
                List<String> won = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<String> w : writes) {
                    if (w.get() != null) {
                        won.add(w.get());
                    }
                }
                assertEquals(1, won.size(), aws.emulator().kind().displayName() + ", round " + round + " ("
                        + (ifMatch == null ? "If-None-Match: *" : "If-Match") + "): " + won.size() + " writers won");
                if (round == 4) {
                    etag = S3Conditions.putReturningTag(clients.get(0), l.bucket(), l.key(), bytes("base"), null);
                } else if (round > 4) {
                    etag = won.get(0);
                }
            }
        } finally {
            pool.shutdownNow();
            clients.forEach(S3Client::close);
        }
    }

    @Test
    void recordsRoundTripThroughS3InTheFileLedgersFormat(TestAws aws) throws Exception {
        LedgerSpec l = ledger(aws, "round-trip");
        Clock clock = Clock.fixed(Instant.parse("2026-01-07T10:00:00.123Z"), ZoneOffset.UTC);
        List<LedgerEntry> records = List.of(
                LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.STARTED, Map.of()),
                LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.DONE, Map.of("millis", 812)),
                LedgerEntry.milestone(Milestone.TARGET_OBSERVING, LedgerEntry.Status.DONE, Map.of()),
                LedgerEntry.cutoverMark("orders", true, Map.of("by", "ops")));
        try (Ledger s3 = S3Ledger.open(client(aws), l, dir.resolve("state-s3"), clock);
             FileLedger file = FileLedger.open(dir.resolve("state-file"), clock)) {
            for (LedgerEntry r : records) {
                assertEquals(file.append(r), s3.append(r));
            }
        }
        try (S3Client s3 = client(aws); Ledger read = S3Ledger.readOnly(client(aws), l)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("state-file").resolve(FileLedger.FILE_NAME)),
                    s3.getObjectAsBytes(b -> b.bucket(l.bucket()).key(l.key())).asByteArray(),
                    "the object holds exactly the lines the file ledger writes");
            assertEquals(FileLedger.readOnly(dir.resolve("state-file")).entries(), read.entries());
            assertTrue(read.state().has(Milestone.TARGET_OBSERVING));
            assertThrows(IllegalStateException.class, () -> read.append(records.get(0)), "read-only refuses appends");
            assertEquals(NoSuchKeyException.class, status(s3, l.bucket(), l.key() + S3LedgerLock.SUFFIX),
                    "closing released the lock object");
        }
        try (Ledger again = S3Ledger.open(client(aws), l, dir.resolve("state-s3"))) {
            assertEquals(5, again.append(LedgerEntry.milestone(Milestone.VERIFIED, LedgerEntry.Status.DONE, Map.of())).seq(),
                    "a later runner numbers on from what it read");
        }
    }

    @Test
    void aSecondRunnerOnAnotherMachineIsRefusedWhileTheFirstHoldsTheLedger(TestAws aws) {
        LedgerSpec l = ledger(aws, "second-runner");
        try (Ledger first = S3Ledger.open(client(aws), l, dir.resolve("host-a"))) {
            first.append(LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.STARTED, Map.of()));
            LedgerLockedException refused = assertThrows(LedgerLockedException.class,
                    () -> S3Ledger.open(client(aws), l, dir.resolve("host-b")));
            assertTrue(refused.getMessage().startsWith(HELD + "lock " + l.location() + S3LedgerLock.SUFFIX + " is held by pid "
                    + ProcessHandle.current().pid() + " on "), refused.getMessage());
            assertTrue(refused.getMessage().endsWith(HOLD_ON), refused.getMessage());
            assertFalse(refused.getMessage().contains(aws.secret()));
            assertEquals(1, first.entries().size());
        }
        try (Ledger later = S3Ledger.open(client(aws), l, dir.resolve("host-b"))) {
            assertEquals(1, later.entries().size(), "once the first runner is done, the next one sees its record");
        }
    }

    /**
     * The lock object removed by hand while its runner works (someone took it for stale): a second runner gets in,
     * and the first one's next append is a lost race. It is refused, now and for the rest of its run, and the
     * ledger holds every record either acknowledged, in order. Both races are run: the first record (If-None-Match)
     * and a later one (If-Match).
     */
    @Test
    void aRunnerThatLostTheRaceIsRefusedAndNothingIsLost(TestAws aws) {
        LedgerSpec l = ledger(aws, "lost-race");
        LedgerEntry started = LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.STARTED, Map.of());
        try (S3Client s3 = client(aws); Ledger a = S3Ledger.open(client(aws), l, dir.resolve("host-a"))) {
            s3.deleteObject(b -> b.bucket(l.bucket()).key(l.key() + S3LedgerLock.SUFFIX));
            try (Ledger b = S3Ledger.open(client(aws), l, dir.resolve("host-b"))) {
                b.append(LedgerEntry.step("observe.restart-as-observer", "12", LedgerEntry.Status.STARTED, Map.of()));
                LedgerLockedException first = assertThrows(LedgerLockedException.class, () -> a.append(started));
                assertEquals(HELD + "the ledger " + l.location() + " was written by another runner after this one read it:"
                        + " its last record is seq 1, observe.restart-as-observer [12] STARTED at "
                        + b.entries().get(0).at() + HOLD_ON, first.getMessage());
                assertThrows(LedgerLockedException.class, () -> a.append(started), "the loser stays refused");
                b.append(LedgerEntry.step("observe.restart-as-observer", "12", LedgerEntry.Status.DONE, Map.of()));
            }
        }
        try (Ledger a = S3Ledger.open(client(aws), l, dir.resolve("host-a"))) {
            a.append(started);
            try (S3Client s3 = client(aws)) {
                s3.deleteObject(b -> b.bucket(l.bucket()).key(l.key() + S3LedgerLock.SUFFIX));
            }
            try (Ledger b = S3Ledger.open(client(aws), l, dir.resolve("host-b"))) {
                b.append(LedgerEntry.step("observe.restart-as-observer", "12", LedgerEntry.Status.FAILED, Map.of()));
                LedgerLockedException later = assertThrows(LedgerLockedException.class, () -> a.append(
                        LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.DONE, Map.of())));
                assertTrue(later.getMessage().contains("its last record is seq 4, observe.restart-as-observer [12] FAILED"),
                        later.getMessage());
            }
        }
        try (Ledger read = S3Ledger.readOnly(client(aws), l)) {
            assertEquals(List.of("12 STARTED", "12 DONE", "11 STARTED", "12 FAILED"),
                    read.entries().stream().map(e -> e.subject() + " " + e.status()).toList());
            assertEquals(List.of(1L, 2L, 3L, 4L), read.entries().stream().map(LedgerEntry::seq).toList());
        }
    }

    @Test
    void aDamagedObjectRefusesEveryOpenAndIsLeftAsItIs(TestAws aws) {
        LedgerSpec l = ledger(aws, "damaged");
        try (Ledger a = S3Ledger.open(client(aws), l, dir.resolve("state"))) {
            a.append(LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.STARTED, Map.of()));
        }
        String damaged;
        try (S3Client s3 = client(aws)) {
            damaged = s3.getObjectAsBytes(b -> b.bucket(l.bucket()).key(l.key())).asUtf8String() + "\n{\"v\":1,\"seq\":2";
            s3.putObject(b -> b.bucket(l.bucket()).key(l.key()), RequestBody.fromString(damaged));
            LedgerDamagedException e = assertThrows(LedgerDamagedException.class,
                    () -> S3Ledger.open(client(aws), l, dir.resolve("state")));
            assertEquals(l.location(), e.location());
            assertEquals(List.of(2L, 3L), e.lines().stream().map(LedgerDamagedException.BadLine::number).toList());
            assertTrue(e.getMessage().contains("line 2: the line is blank"), e.getMessage());
            assertTrue(e.getMessage().contains("line 3: not a complete record (an S3 put is never torn"), e.getMessage());
            assertTrue(e.getMessage().contains("Restore an earlier version of the object (S3 versioning), or repair the"
                    + " lines named above by hand"), e.getMessage());
            assertThrows(LedgerDamagedException.class, () -> S3Ledger.readOnly(client(aws), l));
            assertEquals(damaged, s3.getObjectAsBytes(b -> b.bucket(l.bucket()).key(l.key())).asUtf8String(),
                    "nothing rewritten");
            assertEquals(NoSuchKeyException.class, status(s3, l.bucket(), l.key() + S3LedgerLock.SUFFIX),
                    "the refused open released its lock");
        }
    }

    /** A runner killed with kill -9 cannot delete its lock object; the next runner on that host takes it over. */
    @Test
    void aLockLeftByARunnerThatDiedOnThisHostIsTakenOver(TestAws aws) throws Exception {
        LedgerSpec l = ledger(aws, "stale-here");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        String left = "{\"host\":\"" + host + "\",\"pid\":" + gone.pid() + ",\"since\":\"2026-01-07T10:00:00Z\"}";
        try (S3Client s3 = client(aws)) {
            s3.putObject(b -> b.bucket(l.bucket()).key(l.key() + S3LedgerLock.SUFFIX), RequestBody.fromString(left));
        }
        try (S3Ledger ledger = S3Ledger.open(client(aws), l, dir.resolve("state"))) {
            assertEquals("pid " + gone.pid() + " on " + host + " since 2026-01-07T10:00:00Z",
                    ledger.staleLockTakenOver().orElseThrow());
            ledger.append(LedgerEntry.step("observe.restart-as-observer", "11", LedgerEntry.Status.STARTED, Map.of()));
        }
    }

    /** Only a person can tell that a runner on another host is gone: its lock refuses until they delete it. */
    @Test
    void aLockFromAnotherHostIsLeftForAPersonToRemove(TestAws aws) {
        LedgerSpec l = ledger(aws, "stale-elsewhere");
        String left = "{\"host\":\"ops-elsewhere\",\"pid\":4242,\"since\":\"2026-01-07T10:00:00Z\"}";
        try (S3Client s3 = client(aws)) {
            s3.putObject(b -> b.bucket(l.bucket()).key(l.key() + S3LedgerLock.SUFFIX), RequestBody.fromString(left));
            LedgerLockedException refused = assertThrows(LedgerLockedException.class,
                    () -> S3Ledger.open(client(aws), l, dir.resolve("state")));
            assertEquals(HELD + "lock " + l.location() + S3LedgerLock.SUFFIX
                    + " is held by pid 4242 on ops-elsewhere since 2026-01-07T10:00:00Z" + HOLD_ON, refused.getMessage());
            assertEquals(left, s3.getObjectAsBytes(b -> b.bucket(l.bucket()).key(l.key() + S3LedgerLock.SUFFIX))
                    .asUtf8String(), "the lock is left as it was");
            assertEquals(NoSuchKeyException.class, status(s3, l.bucket(), l.key()), "and no ledger was written");
        }
    }

    @Test
    void aLedgerNotWrittenYetIsEmptyForReaders(TestAws aws) {
        try (Ledger read = S3Ledger.readOnly(client(aws), ledger(aws, "empty"))) {
            assertEquals(List.of(), read.entries());
        }
    }

    @Test
    void aMissingBucketIsSaidInOneLineWithoutTheKey(TestAws aws) {
        LedgerSpec missing = new LedgerSpec(LedgerSpec.S3, "zkmig-no-such-bucket-" + shortId(), "m/ledger.jsonl",
                TestAws.REGION, aws.endpoint().toString(), TestAws.PROFILE);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> S3Ledger.open(client(aws), missing, dir.resolve("state")));
        assertTrue(e.getMessage().startsWith("cannot take the ledger's lock " + missing.location() + S3LedgerLock.SUFFIX
                + ": NoSuchBucket"), e.getMessage());
        assertFalse(e.getMessage().contains(aws.secret()));
    }

    static LedgerSpec ledger(TestAws aws, String name) {
        String bucket = "zkmig-ledger-" + name + "-" + shortId();
        try (S3Client s3 = client(aws)) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        return new LedgerSpec(LedgerSpec.S3, bucket, "migrations/" + name + "/ledger.jsonl", TestAws.REGION,
                aws.endpoint().toString(), TestAws.PROFILE);
    }

    static S3Client client(TestAws aws) {
        return AwsSession.s3(TestAws.REGION, aws.endpoint().toString(), TestAws.PROFILE);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int status(Runnable call) {
        try {
            call.run();
            return 200;
        } catch (S3Exception e) {
            return e.statusCode();
        }
    }

    private static Class<?> status(S3Client s3, String bucket, String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return Void.class;
        } catch (S3Exception e) {
            return e.statusCode() == 404 ? NoSuchKeyException.class : e.getClass();
        }
    }
}
