package io.zkmig.runner.observe;

import io.zkmig.cloud.AwsSession;
import io.zkmig.cloud.BridgeCheck;
import io.zkmig.cloud.CloudFinding;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import java.util.List;
import java.util.Optional;

/**
 * Observe's entry gate, with {@code legacy.network}: before any target server is touched, the AWS side of the
 * bridge must be in place, or the target servers restarted as observers could not reach the legacy quorum port
 * and would sit out of both ensembles. Read-only; decides, does not refuse (the CLI maps the verdict).
 */
public final class BridgeGate {
    private BridgeGate() {
    }

    /** What the gate found: open, shut with the pieces missing, or the account did not answer. */
    public record Verdict(String where, List<String> missing, Optional<String> unreadable) {
        public boolean open() {
            return missing.isEmpty() && unreadable.isEmpty();
        }
    }

    /** Empty when the spec has no {@code legacy.network}: there is no AWS bridge to check. */
    public static Optional<Verdict> check(MigrationSpec spec) {
        Optional<AwsNetwork> network = spec.legacy().awsNetwork();
        if (network.isEmpty()) {
            return Optional.empty();
        }
        try (AwsSession session = AwsSession.of(network.get())) {
            List<CloudFinding> findings = BridgeCheck.run(session, spec);
            Optional<String> unreadable = findings.stream().filter(CloudFinding::unreadable).map(CloudFinding::message)
                    .findFirst();
            List<String> missing = unreadable.isPresent() || !BridgeCheck.blocksQuorum(findings) ? List.of()
                    : findings.stream().filter(CloudFinding::failed).map(CloudFinding::message).toList();
            return Optional.of(new Verdict(session.describe(), missing, unreadable));
        }
    }
}
