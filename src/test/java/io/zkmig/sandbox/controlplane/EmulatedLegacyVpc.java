package io.zkmig.sandbox.controlplane;

import io.zkmig.sandbox.aws.LegacyNetworkFixture;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.SpecFixture;
import io.zkmig.testing.TestAws;
import java.nio.file.Path;
import java.util.List;

/** A customer's (legacy) VPC in the test run's AWS emulator, for peerings to be requested into. */
final class EmulatedLegacyVpc {
    private EmulatedLegacyVpc() {
    }

    static AwsNetwork create(TestAws aws, Path dir, String name) {
        List<ServerSpec> servers = List.of(new ServerSpec(1, "10.20.0.11", 2181, 2888, 3888, null, "3.8.4"));
        return LegacyNetworkFixture.create(aws.endpoint(), SpecFixture.of(servers, List.of()).name(name)
                .awsNetwork(SpecFixture.exampleNetwork()).spec(dir));
    }
}
