package io.zkmig.cloud;

import io.zkmig.sandbox.aws.BridgeAwsSide;
import io.zkmig.sandbox.aws.EmulatorAccounts;
import io.zkmig.sandbox.aws.EmulatorClients;
import io.zkmig.sandbox.aws.InstaclustrSide;
import io.zkmig.sandbox.aws.LegacyNetworkFixture;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.SpecFixture;
import io.zkmig.testing.TestAws;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * A legacy account in the emulator for one test: the spec's network built by the sandbox's fixture (three
 * servers on 2181/2888/3888), read by zkmig through the test profile, optionally with the bridge in place.
 */
final class LegacyAccount {
    static final String TARGET_CIDR = "10.30.0.0/16";
    static final List<ServerSpec> SERVERS = List.of(
            new ServerSpec(1, "10.20.0.11", 2181, 2888, 3888, null, "3.8.4"),
            new ServerSpec(2, "10.20.0.12", 2181, 2888, 3888, null, "3.8.4"),
            new ServerSpec(3, "10.20.0.13", 2181, 2888, 3888, null, "3.8.4"));

    final TestAws aws;
    final AwsNetwork network;
    final MigrationSpec spec;

    private LegacyAccount(TestAws aws, AwsNetwork network, MigrationSpec spec) {
        this.aws = aws;
        this.network = network;
        this.spec = spec;
    }

    /** The network alone: no peering, routes or rules yet. */
    static LegacyAccount create(TestAws aws, Path dir, String name) {
        AwsNetwork example = SpecFixture.exampleNetwork();
        MigrationSpec wanted = SpecFixture.of(SERVERS, List.of()).name(name).awsNetwork(example).spec(dir);
        AwsNetwork built = LegacyNetworkFixture.create(aws.endpoint(), wanted);
        AwsNetwork read = new AwsNetwork(built.accountId(), built.region(), built.vpcId(), built.cidr(), built.subnets(),
                built.routeTables(), built.securityGroup(), built.volumes(), built.instances(), TestAws.PROFILE,
                built.endpoint());
        return new LegacyAccount(aws, read, SpecFixture.of(SERVERS, List.of()).name(name).awsNetwork(read)
                .cidrsKeepingNetwork(TARGET_CIDR).spec(dir));
    }

    /** The network with the whole bridge in place: requested from the target network, accepted, routed, admitted. */
    static LegacyAccount bridged(TestAws aws, Path dir, String name) {
        LegacyAccount account = create(aws, dir, name);
        account.requestPeeringFrom(TARGET_CIDR);
        BridgeAwsSide.apply(aws.endpoint(), account.spec, account.network);
        return account;
    }

    /** The same account read through another spec network (a test's edited copy of it). */
    LegacyAccount withNetwork(AwsNetwork other, Path dir) {
        return new LegacyAccount(aws, other, SpecFixture.of(SERVERS, List.of()).name(spec.name()).awsNetwork(other)
                .cidrsKeepingNetwork(TARGET_CIDR).spec(dir));
    }

    String requestPeeringFrom(String cidr) {
        return InstaclustrSide.requestPeering(aws.endpoint(), cidr, EmulatorAccounts.LEGACY, network.vpcId(),
                network.region());
    }

    /** The sandbox's own EC2 client in the legacy account, for breaking things. */
    Ec2Client ec2() {
        return EmulatorClients.ec2(aws.endpoint(), EmulatorAccounts.LEGACY);
    }

    List<CloudFinding> bridgeCheck() {
        try (AwsSession session = AwsSession.of(network)) {
            return BridgeCheck.run(session.ec2(), spec);
        }
    }

    static List<String> failures(List<CloudFinding> findings) {
        return findings.stream().filter(CloudFinding::failed).map(CloudFinding::message).toList();
    }
}
