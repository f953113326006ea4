package io.zkmig.cli;

import static io.zkmig.cli.LegacyAccountSpecs.UNREACHABLE;
import static io.zkmig.cli.LegacyAccountSpecs.noSecretNorStackTrace;
import static io.zkmig.cli.LegacyAccountSpecs.spec;
import static io.zkmig.cli.LegacyAccountSpecs.withEndpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.zkmig.sandbox.aws.EmulatorAccounts;
import io.zkmig.sandbox.aws.EmulatorClients;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.Stage;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.Cli;
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

/** {@code zkmig status} with {@code legacy.network}: the inventory and the bridge beside the ensemble. */
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class LegacyAccountStatusTest {
    @TempDir
    Path dir;

    @Test
    void statusShowsTheInventoryWithADetachedVolumeAndTheBridgeState(TestAws aws) throws Exception {
        AwsNetwork n = LegacyAccountSpecs.build(aws, dir, "cli-status-volume");
        String volume = n.volumes().get(1);
        try (Ec2Client ec2 = EmulatorClients.ec2(aws.endpoint(), EmulatorAccounts.LEGACY)) {
            // LocalStack answers a DetachVolume without the instance and device with a 500 (AWS does not need them)
            ec2.detachVolume(r -> r.volumeId(volume).instanceId(n.instances().get(1)).device("/dev/sdf"));
            for (int i = 0; i < 50 && !ec2.describeVolumes(r -> r.volumeIds(volume)).volumes().get(0).attachments().isEmpty(); i++) {
                Thread.sleep(100);
            }
        }
        Path spec = spec("cli-status-volume", n).stage(Stage.OBSERVE).write(dir);

        Cli table = Cli.run("status", spec.toString());
        noSecretNorStackTrace(table, aws);
        assertTrue(table.out().contains("\nlegacy account: " + n.endpoint() + " as profile " + TestAws.PROFILE + "\n"),
                table.out());
        assertTrue(table.out().contains("\n    FAIL " + volume + ": not attached to any instance (available)\n"), table.out());
        assertTrue(table.out().contains("\n    PASS " + n.instances().get(1) + " (server 2): running in " + n.vpcId()),
                table.out());
        assertTrue(table.out().contains("\n  bridge, required (stage observe):\n    FAIL " + n.vpcId()
                + ": no VPC peering from 10.30.0.0/16\n"), table.out());

        JsonNode account = Json.mapper().readTree(Cli.run("status", spec.toString(), "--json").out()).get("extra")
                .get("legacy account");
        List<String> failed = new ArrayList<>();
        account.get("inventory").forEach(f -> {
            if ("FAIL".equals(f.get("level").asText())) {
                failed.add(f.get("message").asText());
            }
        });
        assertEquals(List.of(volume + ": not attached to any instance (available)"), failed, account.toString());
        assertEquals(5, account.get("bridge").size(), account.toString());
    }

    @Test
    void anAccountThatDoesNotAnswerIsALineOfTheStatus(TestAws aws) throws Exception {
        Path spec = spec("cli-status-no-account", withEndpoint(SpecFixture.exampleNetwork(), UNREACHABLE)).write(dir);
        Cli status = Cli.run("status", spec.toString());
        noSecretNorStackTrace(status, aws);
        assertTrue(status.out().contains("\nlegacy account: " + UNREACHABLE + " as profile " + TestAws.PROFILE
                + "\n  cannot read the legacy account at "), status.out());
        JsonNode account = Json.mapper().readTree(Cli.run("status", spec.toString(), "--json").out()).get("extra")
                .get("legacy account");
        assertTrue(account.get("unreadable").asText().startsWith("cannot read the legacy account at " + UNREACHABLE),
                account.toString());
    }
}
