package io.zkmig.sandbox.demo;

import io.zkmig.cloud.AwsSession;
import io.zkmig.cloud.BridgeCheck;
import io.zkmig.cloud.CloudFinding;
import io.zkmig.sandbox.aws.BridgeAwsSide;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.stacks.StackNames;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The legacy account's side of the demo's bridge. The AWS Terraform provider cannot be had here, so the demo plays
 * the account's owner applying {@code <name>-bridge-aws}: {@link BridgeAwsSide} makes the stack's accepter, routes
 * and security-group rules in the emulator with SDK calls. Then zkmig's bridge check reads the account through the
 * spec's profile, as it would a real one.
 */
final class DemoBridgeAws {
    static final String STAND_IN = "stand-in for the AWS Terraform provider";

    private final URI endpoint;
    private final PrintStream out;

    DemoBridgeAws(URI endpoint, PrintStream out) {
        this.endpoint = endpoint;
        this.out = out;
    }

    /** Accepts the peering {@code <name>-bridge} requested, routes the target network to it, admits the ports. */
    void apply(MigrationSpec spec) {
        AwsNetwork legacy = spec.legacy().network();
        String target = spec.target().networkCidr();
        out.println("  " + STAND_IN + ": the demo plays the legacy account's owner applying "
                + new StackNames(spec.name()).bridgeAws() + ", with SDK calls that make what the stack declares");
        String peering = BridgeAwsSide.apply(endpoint, spec, legacy);
        out.println("    accepted " + peering + ", the peering the control plane requested from " + target + " into "
                + legacy.vpcId());
        legacy.routeTables().forEach(t -> out.println("    route " + t + ": " + target + " -> " + peering));
        if (legacy.securityGroup() != null) {
            out.println("    " + legacy.securityGroup() + " admits tcp " + BridgeAwsSide.ports(spec.legacy().servers())
                    .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))
                    + " from " + target);
        }
    }

    /** zkmig's bridge check, printed finding by finding; the failed ones are returned. */
    List<CloudFinding> check(MigrationSpec spec) {
        List<CloudFinding> findings;
        try (AwsSession session = AwsSession.of(spec.legacy().network())) {
            out.println("  bridge check, reading " + session.describe() + ":");
            findings = BridgeCheck.run(session, spec);
        }
        findings.forEach(f -> out.println("    " + f.level() + "  " + f.message()));
        return findings.stream().filter(CloudFinding::failed).toList();
    }
}
