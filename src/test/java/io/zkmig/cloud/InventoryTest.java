package io.zkmig.cloud;

import static io.zkmig.cloud.LegacyAccount.failures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zkmig.sandbox.aws.LegacyNetworkFixture;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.SpecFixture;
import io.zkmig.testing.TestAws;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The inventory: what the spec lists exists where it says, and it catches what has moved. */
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class InventoryTest {
    @TempDir
    Path dir;

    @Test
    void everyListedInstanceAndVolumeIsFoundAttachedInTheLegacyVpc(TestAws aws) {
        LegacyAccount account = LegacyAccount.create(aws, dir, "inventory-ok");
        List<CloudFinding> findings = inventory(account);
        assertEquals(List.of(), failures(findings), findings.toString());
        assertEquals(6, findings.size(), findings.toString());
        assertEquals(account.network.volumes().get(0) + ": 8 GiB, attached to " + account.network.instances().get(0)
                + " (server 1)", findings.get(3).message());
    }

    @Test
    void aDetachedVolumeIsCaught(TestAws aws) throws Exception {
        LegacyAccount account = LegacyAccount.create(aws, dir, "inventory-detached");
        String volume = account.network.volumes().get(1);
        try (Ec2Client ec2 = account.ec2()) {
            // LocalStack answers a DetachVolume without the instance and device with a 500 (AWS does not need them)
            ec2.detachVolume(r -> r.volumeId(volume).instanceId(account.network.instances().get(1)).device("/dev/sdf"));
            for (int i = 0; i < 50 && !ec2.describeVolumes(r -> r.volumeIds(volume)).volumes().get(0).attachments().isEmpty(); i++) {
                Thread.sleep(100);
            }
        }
        assertEquals(List.of(volume + ": not attached to any instance (available)"), failures(inventory(account)));
    }

    @Test
    void anInstanceInAnotherVpcIsCaught(TestAws aws) {
        LegacyAccount account = LegacyAccount.create(aws, dir, "inventory-vpc");
        AwsNetwork other = LegacyNetworkFixture.create(aws.endpoint(), SpecFixture.of(LegacyAccount.SERVERS, List.of())
                .name("inventory-other").awsNetwork(SpecFixture.exampleNetwork()).spec(dir.resolve("other")));
        List<String> instances = new ArrayList<>(account.network.instances());
        instances.set(2, other.instances().get(2));
        AwsNetwork n = account.network;
        LegacyAccount moved = account.withNetwork(new AwsNetwork(n.accountId(), n.region(), n.vpcId(), n.cidr(), n.subnets(),
                n.routeTables(), n.securityGroup(), List.of(), instances, n.profile(), n.endpoint()), dir);
        assertEquals(List.of(other.instances().get(2) + " (server 3): in " + other.vpcId() + ", not in the legacy VPC "
                + n.vpcId()), failures(inventory(moved)));
    }

    private static List<CloudFinding> inventory(LegacyAccount account) {
        try (AwsSession session = AwsSession.of(account.network)) {
            return Inventory.run(session.ec2(), account.spec);
        }
    }
}
