package io.zkmig.runner.preflight;

import io.zkmig.spec.Cidr;
import java.util.List;

/** VPC peering cannot route between overlapping address ranges. */
final class CidrOverlapCheck implements PreflightCheck {
    private static final String NAME = "network";

    @Override
    public List<Finding> run(PreflightContext ctx) {
        var network = ctx.spec().legacy().awsNetwork();
        if (network.isEmpty()) {
            return List.of(Finding.warn(NAME, "legacy.network", "no AWS legacy network in the spec: the bridge stack "
                    + "will hold only the Instaclustr side"));
        }
        Cidr legacy = Cidr.parse(network.get().cidr());
        Cidr target = Cidr.parse(ctx.spec().target().networkCidr());
        if (legacy.overlaps(target)) {
            return List.of(Finding.fail(NAME, "target.networkCidr", "target network " + target + " overlaps the legacy VPC "
                    + legacy + ": peering cannot route between them; choose a disjoint range"));
        }
        return List.of(Finding.pass(NAME, "cidr", "legacy " + legacy + " and target " + target + " do not overlap"));
    }
}
