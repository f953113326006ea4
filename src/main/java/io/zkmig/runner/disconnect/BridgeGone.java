package io.zkmig.runner.disconnect;

import io.zkmig.cloud.AwsErrors;
import io.zkmig.cloud.AwsSession;
import io.zkmig.cloud.BridgeCheck;
import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.EnsembleProbe;
import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.lifecycle.Recorded;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What "the bridge is gone" means, checked live, never read from the ledger: the target servers serve with a
 * quorum of their own (all up, one leader); no target server's configuration (as each reports it with
 * {@code conf}: static and dynamic alike) names a legacy server; no legacy server still serves through the
 * target (after a dynamic split a legacy server serves only as a follower of the target leader, so one that
 * serves still reaches it); and, with {@code legacy.network}, no peering between the target network and the
 * legacy VPC is left in AWS.
 */
public final class BridgeGone {
    private BridgeGone() {
    }

    /** What contradicts it, one line each; empty when the bridge is gone and the target serves alone. */
    public static List<String> problems(MigrationSpec spec, MigrationState state) {
        List<String> problems = new ArrayList<>();
        problems.addAll(targetAlone(spec));
        if (!Recorded.of(state).staticSplit()) {
            problems.addAll(legacyCutOff(spec));
        }
        problems.addAll(peerings(spec));
        return problems;
    }

    static List<String> targetAlone(MigrationSpec spec) {
        List<String> problems = new ArrayList<>();
        List<ServerStatus> statuses = EnsembleProbe.probe(spec.target().servers());
        statuses.stream().filter(s -> !s.isServing())
                .forEach(s -> problems.add("target server " + s.id() + " at " + s.address() + " is " + s.role().label()));
        long leaders = statuses.stream().filter(s -> s.role() == ServerRole.LEADER).count();
        if (problems.isEmpty() && leaders != 1) {
            problems.add("expected one leader among the target servers, found " + leaders);
        }
        Set<Integer> legacyIds = spec.legacy().servers().stream().map(ServerSpec::id).collect(Collectors.toSet());
        Set<String> legacyHosts = spec.legacy().servers().stream().map(ServerSpec::host).collect(Collectors.toSet());
        for (ServerSpec t : spec.target().servers()) {
            try {
                EnsembleConfig config = EnsembleConfig.parse(FourLetterWords.send(t.host(), t.clientPort(), "conf"));
                List<String> named = config.members().stream()
                        .filter(m -> legacyIds.contains(m.id()) || legacyHosts.contains(m.host()))
                        .map(Member::dynamicLine).toList();
                if (!named.isEmpty()) {
                    problems.add("target server " + t.id() + "'s configuration still names legacy servers: "
                            + String.join(", ", named));
                }
            } catch (IOException e) {
                // reported above as not serving
            }
        }
        return problems;
    }

    static List<String> legacyCutOff(MigrationSpec spec) {
        List<String> problems = new ArrayList<>();
        for (ServerStatus s : EnsembleProbe.probe(spec.legacy().servers())) {
            if (s.isServing()) {
                problems.add("legacy server " + s.id() + " at " + s.address() + " still serves (as " + s.role().label()
                        + "): it reaches the target ensemble, so the bridge still carries its quorum port");
            }
        }
        return problems;
    }

    static List<String> peerings(MigrationSpec spec) {
        Optional<AwsNetwork> network = spec.legacy().awsNetwork();
        if (network.isEmpty()) {
            return List.of();
        }
        try (AwsSession aws = AwsSession.of(network.get())) {
            List<String> left = BridgeCheck.remainingPeerings(aws.ec2(), spec);
            return left.stream().map(p -> p + ": the peering between the target network " + spec.target().networkCidr()
                    + " and " + network.get().vpcId() + " still exists").toList();
        } catch (SdkException e) {
            return List.of("cannot read the legacy account (" + AwsErrors.describe(e) + "): the bridge cannot be seen gone");
        }
    }
}
