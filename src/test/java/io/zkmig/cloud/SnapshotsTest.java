package io.zkmig.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.TestAws;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/** Snapshots before decommission: completed, tagged, recorded, and never taken twice, even across a crash. */
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class SnapshotsTest {
    static final String ZXID = "0x500000a3c";

    @TempDir
    Path dir;

    @Test
    void threeVolumesAreSnapshottedTaggedRecordedAndFoundAgainOnARerun(TestAws aws) {
        LegacyAccount account = LegacyAccount.create(aws, dir, "snapshots-three");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AwsSession session = AwsSession.of(account.network)) {
            List<Snapshots.Taken> first;
            try (FileLedger ledger = FileLedger.open(dir.resolve("state"))) {
                first = Snapshots.take(session.ec2(), account.spec, ledger, print(out), options());
                assertEquals(List.of("taken", "taken", "taken"), first.stream().map(Snapshots.Taken::how).toList());
                assertTrue(ledger.state().has(Milestone.SNAPSHOTS_COMPLETE));
            }
            List<Snapshot> tagged = Snapshots.tagged(session.ec2(), account.spec.name());
            assertEquals(3, tagged.size());
            for (Snapshot s : tagged) {
                assertEquals("completed", s.stateAsString());
                int server = account.network.volumes().indexOf(s.volumeId()) + 1;
                assertEquals(Map.of("Name", "zkmig-snapshots-three-server-" + server, Snapshots.MIGRATION, "snapshots-three",
                        Snapshots.SERVER_ID, String.valueOf(server), Snapshots.VOLUME, s.volumeId(), Snapshots.LAST_ZXID, ZXID),
                        s.tags().stream().collect(Collectors.toMap(t -> t.key(), t -> t.value())));
                assertEquals(8, s.volumeSize());
            }
            try (FileLedger ledger = FileLedger.open(dir.resolve("state"))) {
                List<Snapshots.Taken> again = Snapshots.take(session.ec2(), account.spec, ledger, print(out), options());
                assertEquals(List.of("recorded", "recorded", "recorded"), again.stream().map(Snapshots.Taken::how).toList());
                assertEquals(first.stream().map(Snapshots.Taken::snapshotId).toList(),
                        again.stream().map(Snapshots.Taken::snapshotId).toList());
                assertEquals(3, ledger.entries().stream().filter(e -> StepNames.SNAPSHOT.equals(e.step())).count());
            }
            assertEquals(3, Snapshots.tagged(session.ec2(), account.spec.name()).size(), "no duplicate");
        }
    }

    @Test
    void aRunnerCrashBetweenCreateAndRecordLeavesASnapshotTheRerunFindsByItsTags(TestAws aws) {
        LegacyAccount account = LegacyAccount.create(aws, dir, "snapshots-crash");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AwsSession session = AwsSession.of(account.network)) {
            try (FileLedger ledger = FileLedger.open(dir.resolve("state"))) {
                int[] created = {0};
                RuntimeException crash = assertThrows(RuntimeException.class, () -> Snapshots.take(session.ec2(),
                        account.spec, ledger, print(out), options().afterCreate(() -> {
                            if (++created[0] == 2) {
                                throw new IllegalStateException("runner killed");
                            }
                        })));
                assertEquals("runner killed", crash.getMessage());
                assertEquals(1, ledger.entries().stream().filter(e -> StepNames.SNAPSHOT.equals(e.step())).count(),
                        "the first volume was recorded, the second only created");
            }
            assertEquals(2, Snapshots.tagged(session.ec2(), account.spec.name()).size());
            try (FileLedger ledger = FileLedger.open(dir.resolve("state"))) {
                List<Snapshots.Taken> rerun = Snapshots.take(session.ec2(), account.spec, ledger, print(out), options());
                assertEquals(List.of("recorded", "found by tags", "taken"), rerun.stream().map(Snapshots.Taken::how).toList());
                assertEquals(3, ledger.entries().stream().filter(e -> StepNames.SNAPSHOT.equals(e.step())
                        && e.status() == LedgerEntry.Status.DONE).count());
            }
            assertEquals(3, Snapshots.tagged(session.ec2(), account.spec.name()).size(), "one snapshot per volume");
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("found by its tags"), out.toString(StandardCharsets.UTF_8));
    }

    private static Snapshots.Options options() {
        return Snapshots.Options.of(ZXID).withTimeout(Duration.ofMinutes(2), Duration.ofMillis(200)).withoutProgressBar();
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
