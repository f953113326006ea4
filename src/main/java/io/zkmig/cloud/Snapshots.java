package io.zkmig.cloud;

import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Volume;

/**
 * EBS snapshots of every legacy volume, before decommission. Each is created with its tags in the same call
 * ({@value #MIGRATION}, {@value #SERVER_ID}, {@value #VOLUME}, {@value #LAST_ZXID}), waited for until
 * {@code completed} (a progress bar, a timeout), verified (state, volume, size) and recorded in the ledger. A
 * rerun takes no second snapshot: it finds the recorded one, or, when a runner crashed between creating and
 * recording, the one the tags name.
 */
public final class Snapshots {
    public static final String MIGRATION = "zkmig:migration";
    public static final String SERVER_ID = "zkmig:server-id";
    public static final String VOLUME = "zkmig:volume";
    public static final String LAST_ZXID = "zkmig:last-zxid";

    /** {@code afterCreate} runs between the create call and the ledger record (tests crash the runner there). */
    public record Options(String lastZxid, Duration timeout, Duration pollInterval, boolean progressBar,
                          Runnable afterCreate) {
        public static Options of(String lastZxid) {
            return new Options(lastZxid, Duration.ofHours(2), Duration.ofSeconds(5), true, () -> { });
        }

        public Options withTimeout(Duration value, Duration poll) {
            return new Options(lastZxid, value, poll, progressBar, afterCreate);
        }

        public Options withoutProgressBar() {
            return new Options(lastZxid, timeout, pollInterval, false, afterCreate);
        }

        public Options afterCreate(Runnable hook) {
            return new Options(lastZxid, timeout, pollInterval, progressBar, hook);
        }
    }

    /** One volume's snapshot; {@code how} is {@code taken}, {@code recorded} or {@code found by tags}. */
    public record Taken(String volumeId, String snapshotId, int serverId, int sizeGiB, String how) {
    }

    public static final class SnapshotException extends RuntimeException {
        public SnapshotException(String message) {
            super(message);
        }
    }

    private Snapshots() {
    }

    public static List<Taken> take(Ec2Client ec2, MigrationSpec spec, Ledger ledger, PrintStream out, Options options) {
        AwsNetwork n = spec.legacy().awsNetwork().orElseThrow(() ->
                new SnapshotException("the spec has no legacy.network: there are no volumes to snapshot"));
        if (n.volumes().isEmpty()) {
            throw new SnapshotException("legacy.network.volumes is empty: list the legacy servers' volumes to snapshot");
        }
        List<Taken> all = new ArrayList<>();
        for (String volumeId : n.volumes()) {
            all.add(one(ec2, spec, ledger, out, options, volumeId));
        }
        if (!ledger.state().has(Milestone.SNAPSHOTS_COMPLETE)) {
            Map<String, Object> ids = new LinkedHashMap<>();
            all.forEach(t -> ids.put(t.volumeId(), t.snapshotId()));
            ledger.append(LedgerEntry.milestone(Milestone.SNAPSHOTS_COMPLETE, LedgerEntry.Status.DONE, Map.of("snapshots", ids)));
        }
        return all;
    }

    /** The snapshots zkmig took of this migration's volumes, as their tags say (for status and decommission). */
    public static List<Snapshot> tagged(Ec2Client ec2, String migration) {
        return ec2.describeSnapshotsPaginator(r -> r.ownerIds("self")).snapshots().stream()
                .filter(s -> migration.equals(tag(s, MIGRATION))).toList();
    }

    private static Taken one(Ec2Client ec2, MigrationSpec spec, Ledger ledger, PrintStream out, Options options,
                             String volumeId) {
        Volume volume = Inventory.describeVolume(ec2, volumeId)
                .orElseThrow(() -> new SnapshotException(volumeId + ": no such volume"));
        ServerSpec server = Inventory.serverOf(volume, spec).orElseThrow(() -> new SnapshotException(volumeId
                + ": not attached to an instance legacy.network.instances lists, so no legacy server owns it (see zkmig status)"));
        Optional<String> recorded = ledger.entries().stream()
                .filter(e -> StepNames.SNAPSHOT.equals(e.step()) && volumeId.equals(e.subject())
                        && e.status() == LedgerEntry.Status.DONE)
                .map(e -> String.valueOf(e.details().get("snapshotId"))).reduce((a, b) -> b);
        if (recorded.isPresent()) {
            Snapshot s = describe(ec2, recorded.get()).orElseThrow(() -> new SnapshotException(volumeId + ": the ledger "
                    + "records snapshot " + recorded.get() + ", which no longer exists"));
            verify(s, volume);
            out.printf("%s (server %d): snapshot %s recorded, %s%n", volumeId, server.id(), s.snapshotId(), s.stateAsString());
            return new Taken(volumeId, s.snapshotId(), server.id(), s.volumeSize(), "recorded");
        }
        Optional<Snapshot> earlier = tagged(ec2, spec.name()).stream()
                .filter(s -> volumeId.equals(tag(s, VOLUME)) && !"error".equals(s.stateAsString()))
                .max(Comparator.comparing(Snapshot::startTime));
        String how;
        String snapshotId;
        if (earlier.isPresent()) {
            snapshotId = earlier.get().snapshotId();
            how = "found by tags";
            out.printf("%s (server %d): snapshot %s found by its tags (taken before, not yet recorded)%n", volumeId,
                    server.id(), snapshotId);
        } else {
            snapshotId = ec2.createSnapshot(r -> r.volumeId(volumeId)
                    .description("zkmig " + spec.name() + ": legacy server " + server.id() + " before decommission")
                    .tagSpecifications(tags(spec.name(), server.id(), volumeId, options.lastZxid()))).snapshotId();
            how = "taken";
            out.printf("%s (server %d): snapshot %s started%n", volumeId, server.id(), snapshotId);
            options.afterCreate().run();
        }
        Snapshot done = awaitCompleted(ec2, snapshotId, volumeId, out, options);
        verify(done, volume);
        ledger.append(LedgerEntry.step(StepNames.SNAPSHOT, volumeId, LedgerEntry.Status.DONE, details(done, server,
                options.lastZxid())));
        out.printf("%s (server %d): snapshot %s completed, %d GiB, recorded%n", volumeId, server.id(), snapshotId,
                done.volumeSize());
        return new Taken(volumeId, snapshotId, server.id(), done.volumeSize(), how);
    }

    private static Snapshot awaitCompleted(Ec2Client ec2, String snapshotId, String volumeId, PrintStream out, Options o) {
        long deadline = System.nanoTime() + o.timeout().toNanos();
        ProgressBar bar = o.progressBar() ? new ProgressBarBuilder().setTaskName(volumeId).setInitialMax(100).setUnit("%", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out, 100)).build() : null;
        try {
            while (true) {
                Snapshot s = describe(ec2, snapshotId).orElseThrow(() -> new SnapshotException(snapshotId + " of " + volumeId
                        + " disappeared while it was being taken"));
                if (bar != null) {
                    bar.stepTo(percent(s.progress()));
                }
                if ("completed".equals(s.stateAsString())) {
                    return s;
                }
                if ("error".equals(s.stateAsString())) {
                    throw new SnapshotException(snapshotId + " of " + volumeId + " failed: " + s.stateMessage());
                }
                if (System.nanoTime() > deadline) {
                    throw new SnapshotException(snapshotId + " of " + volumeId + " is still " + s.stateAsString() + " ("
                            + s.progress() + ") after " + o.timeout().toMinutes() + " min; run the command again to keep "
                            + "waiting (it finds the snapshot by its tags)");
                }
                try {
                    Thread.sleep(o.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SnapshotException("interrupted while waiting for " + snapshotId);
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static void verify(Snapshot s, Volume volume) {
        if (!"completed".equals(s.stateAsString())) {
            throw new SnapshotException(s.snapshotId() + " is " + s.stateAsString() + ", not completed");
        }
        if (!volume.volumeId().equals(s.volumeId())) {
            throw new SnapshotException(s.snapshotId() + " is of " + s.volumeId() + ", not of " + volume.volumeId());
        }
        if (!volume.size().equals(s.volumeSize())) {
            throw new SnapshotException(s.snapshotId() + " holds " + s.volumeSize() + " GiB, but " + volume.volumeId()
                    + " has " + volume.size() + " GiB");
        }
    }

    private static Optional<Snapshot> describe(Ec2Client ec2, String id) {
        return ec2.describeSnapshots(r -> r.snapshotIds(id)).snapshots().stream().findFirst();
    }

    private static TagSpecification tags(String migration, int serverId, String volumeId, String lastZxid) {
        List<Tag> tags = new ArrayList<>(List.of(
                Tag.builder().key("Name").value("zkmig-" + migration + "-server-" + serverId).build(),
                Tag.builder().key(MIGRATION).value(migration).build(),
                Tag.builder().key(SERVER_ID).value(String.valueOf(serverId)).build(),
                Tag.builder().key(VOLUME).value(volumeId).build()));
        if (lastZxid != null) {
            tags.add(Tag.builder().key(LAST_ZXID).value(lastZxid).build());
        }
        return TagSpecification.builder().resourceType(ResourceType.SNAPSHOT).tags(tags).build();
    }

    private static Map<String, Object> details(Snapshot s, ServerSpec server, String lastZxid) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("snapshotId", s.snapshotId());
        d.put("serverId", server.id());
        d.put("sizeGiB", s.volumeSize());
        if (lastZxid != null) {
            d.put("lastZxid", lastZxid);
        }
        return d;
    }

    static String tag(Snapshot s, String key) {
        return s.tags().stream().filter(t -> key.equals(t.key())).map(Tag::value).findFirst().orElse(null);
    }

    private static int percent(String progress) {
        try {
            return progress == null ? 0 : Integer.parseInt(progress.replace("%", "").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
