package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.zkmig.sandbox.aws.LegacyNetworkFixture;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SpecFixture;
import io.zkmig.testing.TestAws;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Specs whose {@code legacy.network} is a legacy account in the AWS emulator, read through the test profile; their
 * ZooKeeper servers are loopback addresses nothing listens on (the account is what these tests look at).
 */
final class LegacyAccountSpecs {
    static final String TARGET = "10.30.0.0/16";
    static final String UNREACHABLE = "http://127.0.0.1:9";

    private LegacyAccountSpecs() {
    }

    static List<ServerSpec> servers(int firstId, int block) {
        List<ServerSpec> servers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            servers.add(new ServerSpec(firstId + i, "127.0." + block + "." + (230 + i), 2181, 2888, 3888, null,
                    block == 1 ? "3.8.4" : "3.9.3"));
        }
        return servers;
    }

    static List<ServerSpec> legacyServers() {
        return servers(1, 1);
    }

    static List<ServerSpec> targetServers() {
        return servers(11, 2);
    }

    /** The legacy network built in the emulator, as the spec then names it (the emulator's ids, the test profile). */
    static AwsNetwork build(TestAws aws, Path dir, String name) {
        AwsNetwork built = LegacyNetworkFixture.create(aws.endpoint(), SpecFixture.of(legacyServers(), List.of()).name(name)
                .awsNetwork(SpecFixture.exampleNetwork()).spec(dir.resolve("fixture-" + name)));
        return withEndpoint(built, built.endpoint());
    }

    static AwsNetwork withEndpoint(AwsNetwork n, String endpoint) {
        return new AwsNetwork(n.accountId(), n.region(), n.vpcId(), n.cidr(), n.subnets(), n.routeTables(),
                n.securityGroup(), n.volumes(), n.instances(), TestAws.PROFILE, endpoint);
    }

    static SpecFixture spec(String name, AwsNetwork network) {
        return SpecFixture.of(legacyServers(), targetServers()).name(name).awsNetwork(network).cidrsKeepingNetwork(TARGET);
    }

    static void noSecretNorStackTrace(Cli result, TestAws aws) {
        assertFalse(result.toString().contains(aws.secret()), "no AWS secret in any output: " + result);
        assertFalse(result.toString().contains("\tat "), "a finding, not a stack trace: " + result);
    }
}
