package io.zkmig.cloud;

import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import java.util.List;
import java.util.Optional;

/**
 * One read-only look at the legacy account through the spec's {@code legacy.network}: the inventory, then the
 * AWS side of the bridge, through one session. When the account does not answer, the one finding saying so
 * stands for both and the bridge is not asked (so an unreachable endpoint costs one timeout, not two).
 */
public record LegacyAccountReport(String where, List<CloudFinding> inventory, List<CloudFinding> bridge) {

    public static LegacyAccountReport read(MigrationSpec spec) {
        AwsNetwork network = spec.legacy().awsNetwork().orElseThrow(() ->
                new IllegalArgumentException("the spec has no legacy.network"));
        try (AwsSession session = AwsSession.of(network)) {
            String where = session.describe();
            List<CloudFinding> inventory = Inventory.run(session, spec);
            if (inventory.stream().anyMatch(CloudFinding::unreadable)) {
                return new LegacyAccountReport(where, inventory, List.of());
            }
            return new LegacyAccountReport(where, inventory, BridgeCheck.run(session, spec));
        }
    }

    /** The finding that says the account did not answer, when it did not. */
    public Optional<CloudFinding> unreadable() {
        return inventory.stream().filter(CloudFinding::unreadable).findFirst()
                .or(() -> bridge.stream().filter(CloudFinding::unreadable).findFirst());
    }
}
