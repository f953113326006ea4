package io.zkmig.cli;

import static io.zkmig.cli.LegacyAccountSpecs.TARGET;
import static io.zkmig.cli.LegacyAccountSpecs.UNREACHABLE;
import static io.zkmig.cli.LegacyAccountSpecs.noSecretNorStackTrace;
import static io.zkmig.cli.LegacyAccountSpecs.spec;
import static io.zkmig.cli.LegacyAccountSpecs.targetServers;
import static io.zkmig.cli.LegacyAccountSpecs.withEndpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.sandbox.aws.BridgeAwsSide;
import io.zkmig.sandbox.aws.EmulatorAccounts;
import io.zkmig.sandbox.aws.EmulatorClients;
import io.zkmig.sandbox.aws.InstaclustrSide;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.Stage;
import io.zkmig.support.TcpPorts;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SpecFixture;
import io.zkmig.testing.TestAws;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;

/**
 * preflight and observe with {@code legacy.network}, against a legacy account in the AWS emulator read
 * through the test profile. No ZooKeeper server runs: the account is what is looked at, and observe must refuse
 * before any server is contacted.
 */
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class LegacyAccountCommandsTest {
    @TempDir
    Path dir;

    private static String requestPeering(TestAws aws, AwsNetwork n) {
        return InstaclustrSide.requestPeering(aws.endpoint(), TARGET, EmulatorAccounts.LEGACY, n.vpcId(), n.region());
    }

    private static List<JsonNode> findings(Cli preflight, String check) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        Json.mapper().readTree(preflight.out()).get("findings").forEach(f -> {
            if (check.equals(f.get("check").asText())) {
                out.add(f);
            }
        });
        return out;
    }

    private static List<String> messages(List<JsonNode> findings, String level) {
        return findings.stream().filter(f -> level.equals(f.get("level").asText())).map(f -> f.get("message").asText())
                .toList();
    }

    @Test
    void preflightAtObserveFailsEachMissingBridgePieceByName(TestAws aws) throws Exception {
        AwsNetwork n = LegacyAccountSpecs.build(aws, dir, "cli-bridge-missing");
        String peering = requestPeering(aws, n);
        Path spec = spec("cli-bridge-missing", n).stage(Stage.OBSERVE).write(dir);

        Cli result = Cli.run("preflight", spec.toString(), "--json");
        noSecretNorStackTrace(result, aws);
        // no legacy ZooKeeper server runs here: preflight says so with its own exit code, the findings are all there
        assertEquals(ExitCodes.UNREACHABLE, result.exitCode(), result.toString());
        String group = n.securityGroup();
        assertEquals(List.of(peering + ": peering from 10.30.0.0/16 is pending-acceptance, not active",
                n.routeTables().get(0) + ": no route to 10.30.0.0/16",
                group + ": no inbound rule admits tcp/2181 (client port) from 10.30.0.0/16",
                group + ": no inbound rule admits tcp/2888 (quorum port) from 10.30.0.0/16",
                group + ": no inbound rule admits tcp/3888 (election port) from 10.30.0.0/16"),
                messages(findings(result, "bridge"), "FAIL"), result.out());
        List<JsonNode> inventory = findings(result, "inventory");
        assertEquals(6, messages(inventory, "PASS").size(), result.out());
        assertTrue(messages(inventory, "PASS").contains(n.volumes().get(0) + ": 8 GiB, attached to " + n.instances().get(0)
                + " (server 1)"), result.out());

        Cli table = Cli.run("preflight", spec.toString());
        assertTrue(table.out().contains(n.routeTables().get(0) + ": no route to 10.30.0.0/16"), table.out());
    }

    @Test
    void beforeTheBridgeIsDeployedItsAbsenceIsAWarningThatSaysWhy(TestAws aws) throws Exception {
        AwsNetwork n = LegacyAccountSpecs.build(aws, dir, "cli-bridge-early");
        Path spec = spec("cli-bridge-early", n).stage(Stage.PROVISION).write(dir);

        Cli result = Cli.run("preflight", spec.toString(), "--json");
        List<JsonNode> bridge = findings(result, "bridge");
        assertEquals(List.of(), messages(bridge, "FAIL"), result.out());
        List<String> warnings = messages(bridge, "WARN");
        assertEquals(5, warnings.size(), result.out());
        assertTrue(warnings.get(0).startsWith(n.vpcId() + ": no VPC peering from 10.30.0.0/16; expected before the bridge "
                + "is deployed (set `stage: connect` in " + spec + ", then `cdktf deploy cli-bridge-early-target "
                + "cli-bridge-early-bridge cli-bridge-early-bridge-aws`)"), warnings.get(0));
    }

    @Test
    void onceTheAccountOwnerAppliedTheBridgePreflightPassesIt(TestAws aws) throws Exception {
        AwsNetwork n = LegacyAccountSpecs.build(aws, dir, "cli-bridge-applied");
        requestPeering(aws, n);
        SpecFixture fixture = spec("cli-bridge-applied", n).stage(Stage.OBSERVE);
        String peering = BridgeAwsSide.apply(aws.endpoint(), fixture.spec(dir), n);
        Path spec = fixture.write(dir);

        Cli result = Cli.run("preflight", spec.toString(), "--json");
        List<JsonNode> bridge = findings(result, "bridge");
        assertEquals(List.of(), bridge.stream().filter(f -> !"PASS".equals(f.get("level").asText())).toList(), result.out());
        assertEquals(List.of(peering + ": peering from 10.30.0.0/16 into " + n.vpcId() + " is active",
                n.routeTables().get(0) + ": routes 10.30.0.0/16 to " + peering,
                n.securityGroup() + ": admits tcp 2181 (client port), 2888 (quorum port), 3888 (election port) from "
                        + "10.30.0.0/16"), messages(bridge, "PASS"));

        // one rule revoked afterwards: exactly that one is named
        try (Ec2Client ec2 = EmulatorClients.ec2(aws.endpoint(), EmulatorAccounts.LEGACY)) {
            ec2.revokeSecurityGroupIngress(r -> r.groupId(n.securityGroup()).ipPermissions(IpPermission.builder()
                    .ipProtocol("tcp").fromPort(2888).toPort(2888).ipRanges(IpRange.builder().cidrIp(TARGET).build()).build()));
        }
        Cli again = Cli.run("preflight", spec.toString(), "--json");
        assertEquals(List.of(n.securityGroup() + ": no inbound rule admits tcp/2888 (quorum port) from 10.30.0.0/16"),
                messages(findings(again, "bridge"), "FAIL"), again.out());
    }

    @Test
    void observeRefusesBeforeTheBridgeStartingNothingAndRecordingNothing(TestAws aws) throws Exception {
        AwsNetwork n = LegacyAccountSpecs.build(aws, dir, "cli-observe-gate");
        requestPeering(aws, n);
        Path spec = spec("cli-observe-gate", n).stage(Stage.OBSERVE).write(dir);
        Path state = dir.resolve("state");
        try (Ledger ledger = FileLedger.open(state)) {
            ledger.append(LedgerEntry.milestone(Milestone.TARGET_PROVISIONED, LedgerEntry.Status.DONE, Map.of()));
        }
        List<LedgerEntry> before = entries(state);
        List<Path> filesBefore = files(state);

        Cli result = Cli.run("observe", spec.toString(), "--no-progress");
        noSecretNorStackTrace(result, aws);
        assertEquals(ExitCodes.REFUSED, result.exitCode(), result.toString());
        assertTrue(result.err().contains("refusing to start target servers: they could not reach the legacy quorum port"
                + " over the bridge; missing:\n  - "), result.err());
        assertTrue(result.err().contains("\n  - " + n.routeTables().get(0) + ": no route to 10.30.0.0/16\n"), result.err());
        assertTrue(result.err().contains("\n  - " + n.securityGroup() + ": no inbound rule admits tcp/2888 (quorum port) "
                + "from 10.30.0.0/16\n"), result.err());
        assertTrue(result.err().contains("nothing was changed"), result.err());
        assertEquals(before, entries(state), "the refusal records nothing");
        assertEquals(filesBefore, files(state), "no node state, no server configuration written");
        for (ServerSpec t : targetServers()) {
            assertFalse(TcpPorts.isListening(t.host(), t.clientPort()), "target server " + t.id() + " was not started");
        }

        // an account that does not answer is no bridge either: unreachable, and still nothing written
        Path unreachable = spec("cli-observe-gate", withEndpoint(n, UNREACHABLE)).stage(Stage.OBSERVE).write(dir);
        Cli blind = Cli.run("observe", unreachable.toString(), "--no-progress");
        noSecretNorStackTrace(blind, aws);
        assertEquals(ExitCodes.UNREACHABLE, blind.exitCode(), blind.toString());
        assertTrue(blind.err().contains("cannot check the bridge before starting target servers: cannot read the legacy "
                + "account at " + UNREACHABLE + " as profile " + TestAws.PROFILE + ": "), blind.err());
        assertEquals(before, entries(state));
    }

    @Test
    void anAccountThatDoesNotAnswerIsOnePreflightFailure(TestAws aws) throws Exception {
        AwsNetwork n = withEndpoint(SpecFixture.exampleNetwork(), UNREACHABLE);
        Path spec = spec("cli-no-account", n).stage(Stage.PROVISION).write(dir);

        Cli preflight = Cli.run("preflight", spec.toString(), "--json");
        noSecretNorStackTrace(preflight, aws);
        List<String> failed = messages(findings(preflight, "aws"), "FAIL");
        assertEquals(1, failed.size(), preflight.out());
        assertTrue(failed.get(0).startsWith("cannot read the legacy account at " + UNREACHABLE + " as profile "
                + TestAws.PROFILE + ": "), failed.get(0));
        assertEquals(List.of(), findings(preflight, "bridge"), "nothing else asked of an account that did not answer");
    }

    private static List<LedgerEntry> entries(Path state) {
        try (Ledger l = FileLedger.readOnly(state)) {
            return l.entries();
        }
    }

    private static List<Path> files(Path state) throws Exception {
        try (Stream<Path> s = Files.walk(state)) {
            return s.map(state::relativize).filter(p -> !p.toString().equals("runner.lock")).sorted().toList();
        }
    }
}
