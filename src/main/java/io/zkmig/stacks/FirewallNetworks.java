package io.zkmig.stacks;

import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.util.List;
import java.util.TreeSet;

/** The CIDRs allowed to reach the target cluster at the spec's stage: clients always, legacy while bridged. */
final class FirewallNetworks {
    private FirewallNetworks() {
    }

    /** Sorted and without duplicates, so reordering the spec plans no change. */
    static List<String> of(MigrationSpec spec) {
        TreeSet<String> networks = new TreeSet<>();
        for (ClientGroup group : spec.clients()) {
            for (String address : group.addresses()) {
                networks.add(asCidr(address));
            }
        }
        if (StageLayout.hasBridge(spec.stage())) {
            networks.addAll(legacy(spec));
        }
        return List.copyOf(networks);
    }

    /** The legacy VPC's CIDR where the spec has one, else each legacy server's address. */
    static List<String> legacy(MigrationSpec spec) {
        return spec.legacy().awsNetwork()
                .map(n -> List.of(n.cidr()))
                .orElseGet(() -> spec.legacy().servers().stream().map(ServerSpec::host).map(FirewallNetworks::asCidr)
                        .distinct().toList());
    }

    private static String asCidr(String address) {
        return address.contains("/") ? address : address + "/32";
    }
}
