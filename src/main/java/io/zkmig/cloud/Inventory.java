package io.zkmig.cloud;

import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

/**
 * Read-only: every instance and volume the spec lists exists, the instances are in the legacy VPC, and every
 * volume is attached to one of the listed instances ({@code instances[i]} is {@code legacy.servers[i]}'s).
 */
public final class Inventory {
    static final String CHECK = "inventory";

    private Inventory() {
    }

    public static List<CloudFinding> run(Ec2Client ec2, MigrationSpec spec) {
        return run(ec2, spec, null);
    }

    /** The same through a session; a finding that the account did not answer says where the calls went. */
    public static List<CloudFinding> run(AwsSession session, MigrationSpec spec) {
        return run(session.ec2(), spec, session.describe());
    }

    private static List<CloudFinding> run(Ec2Client ec2, MigrationSpec spec, String where) {
        Optional<AwsNetwork> network = spec.legacy().awsNetwork();
        if (network.isEmpty()) {
            return List.of();
        }
        AwsNetwork n = network.get();
        List<CloudFinding> findings = new ArrayList<>();
        if (!n.instances().isEmpty() && n.instances().size() != spec.legacy().servers().size()) {
            findings.add(CloudFinding.warn(CHECK, "legacy.network.instances", "lists " + n.instances().size()
                    + " instances for " + spec.legacy().servers().size() + " legacy servers: instances[i] is the instance of "
                    + "legacy.servers[i]"));
        }
        try {
            for (int i = 0; i < n.instances().size(); i++) {
                findings.add(instance(ec2, n, n.instances().get(i), server(spec, i)));
            }
            for (String volume : n.volumes()) {
                findings.add(volume(ec2, n, volume, spec));
            }
        } catch (SdkException e) {
            findings.add(CloudFinding.unreadable(CHECK, n.vpcId(), where, AwsErrors.describe(e)));
        }
        return findings;
    }

    /** The legacy server whose instance the volume is attached to, when the spec lists that instance. */
    static Optional<ServerSpec> serverOf(Volume volume, MigrationSpec spec) {
        AwsNetwork n = spec.legacy().network();
        return attachedInstance(volume).map(n.instances()::indexOf).filter(i -> i >= 0)
                .flatMap(i -> Optional.ofNullable(server(spec, i)));
    }

    private static CloudFinding instance(Ec2Client ec2, AwsNetwork n, String id, ServerSpec server) {
        Optional<Instance> found = describeInstance(ec2, id);
        String of = server == null ? "" : " (server " + server.id() + ")";
        if (found.isEmpty()) {
            return CloudFinding.fail(CHECK, id, id + of + ": no such instance");
        }
        Instance i = found.get();
        String state = i.state() == null ? "unknown" : i.state().nameAsString();
        if ("terminated".equals(state) || "shutting-down".equals(state)) {
            return CloudFinding.fail(CHECK, id, id + of + ": " + state);
        }
        if (!n.vpcId().equals(i.vpcId())) {
            return CloudFinding.fail(CHECK, id, id + of + ": in " + i.vpcId() + ", not in the legacy VPC " + n.vpcId());
        }
        return CloudFinding.pass(CHECK, id, id + of + ": " + state + " in " + n.vpcId());
    }

    private static CloudFinding volume(Ec2Client ec2, AwsNetwork n, String id, MigrationSpec spec) {
        Optional<Volume> found = describeVolume(ec2, id);
        if (found.isEmpty()) {
            return CloudFinding.fail(CHECK, id, id + ": no such volume");
        }
        Volume v = found.get();
        Optional<String> instance = attachedInstance(v);
        if (instance.isEmpty()) {
            return CloudFinding.fail(CHECK, id, id + ": not attached to any instance (" + v.stateAsString() + ")");
        }
        if (!n.instances().isEmpty() && !n.instances().contains(instance.get())) {
            return CloudFinding.fail(CHECK, id, id + ": attached to " + instance.get() + ", which legacy.network.instances "
                    + "does not list");
        }
        String of = serverOf(v, spec).map(s -> " (server " + s.id() + ")").orElse("");
        return CloudFinding.pass(CHECK, id, id + ": " + v.size() + " GiB, attached to " + instance.get() + of);
    }

    static Optional<Volume> describeVolume(Ec2Client ec2, String id) {
        try {
            return ec2.describeVolumes(r -> r.volumeIds(id)).volumes().stream().findFirst();
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() != null && String.valueOf(e.awsErrorDetails().errorCode()).endsWith("NotFound")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Optional<Instance> describeInstance(Ec2Client ec2, String id) {
        try {
            return ec2.describeInstances(r -> r.instanceIds(id)).reservations().stream()
                    .flatMap(r -> r.instances().stream()).findFirst();
        } catch (AwsServiceException e) {
            if (e.awsErrorDetails() != null && String.valueOf(e.awsErrorDetails().errorCode()).endsWith("NotFound")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Optional<String> attachedInstance(Volume v) {
        return v.attachments().stream()
                .filter(a -> a.stateAsString() == null || a.stateAsString().equals("attached")
                        || a.stateAsString().equals("attaching"))
                .map(VolumeAttachment::instanceId).findFirst();
    }

    private static ServerSpec server(MigrationSpec spec, int index) {
        List<ServerSpec> servers = spec.legacy().servers();
        return index < servers.size() ? servers.get(index) : null;
    }
}
