package io.zkmig.cloud;

import static io.zkmig.cloud.LegacyAccount.TARGET_CIDR;
import static io.zkmig.cloud.LegacyAccount.failures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.sandbox.aws.BridgeAwsSide;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.TestAws;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;

/**
 * The bridge check against a legacy account in the emulator: a complete bridge passes; each thing that can be
 * missing is caught alone, with the exact message the operator reads.
 */
@Tag("aws")
@ExtendWith(AwsEmulatorExtension.class)
class BridgeCheckTest {
    @TempDir
    Path dir;

    @Test
    void aCompleteBridgePassesEveryCheck(TestAws aws) {
        LegacyAccount account = LegacyAccount.bridged(aws, dir, "bridge-ok");
        List<CloudFinding> findings = account.bridgeCheck();
        assertEquals(List.of(), failures(findings), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.message().endsWith("into " + account.network.vpcId() + " is active")),
                findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.message().equals(account.network.securityGroup()
                + ": admits tcp 2181 (client port), 2888 (quorum port), 3888 (election port) from " + TARGET_CIDR)),
                findings.toString());
    }

    @Test
    void aMissingRouteIsNamedByItsRouteTable(TestAws aws) {
        LegacyAccount account = LegacyAccount.bridged(aws, dir, "bridge-route");
        String table = account.network.routeTables().get(0);
        try (Ec2Client ec2 = account.ec2()) {
            ec2.deleteRoute(r -> r.routeTableId(table).destinationCidrBlock(TARGET_CIDR));
        }
        assertEquals(List.of(table + ": no route to 10.30.0.0/16"), failures(account.bridgeCheck()));
    }

    @ParameterizedTest(name = "tcp/{0} ({1})")
    @CsvSource({"2181, client port", "2888, quorum port", "3888, election port"})
    void eachMissingSecurityGroupRuleIsNamedByPortAndRole(int port, String role, TestAws aws) {
        LegacyAccount account = LegacyAccount.bridged(aws, dir, "bridge-sg-" + port);
        String group = account.network.securityGroup();
        try (Ec2Client ec2 = account.ec2()) {
            ec2.revokeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(IpPermission.builder().ipProtocol("tcp")
                    .fromPort(port).toPort(port).ipRanges(IpRange.builder().cidrIp(TARGET_CIDR).build()).build()));
        }
        assertEquals(List.of(group + ": no inbound rule admits tcp/" + port + " (" + role + ") from 10.30.0.0/16"),
                failures(account.bridgeCheck()));
    }

    @Test
    void aPeeringStillPendingAcceptanceIsNotABridge(TestAws aws) {
        LegacyAccount account = LegacyAccount.create(aws, dir, "bridge-pending");
        String peering = account.requestPeeringFrom(TARGET_CIDR);
        try (Ec2Client ec2 = account.ec2()) {
            for (String table : account.network.routeTables()) {
                ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock(TARGET_CIDR).vpcPeeringConnectionId(peering));
            }
            for (int port : List.of(2181, 2888, 3888)) {
                ec2.authorizeSecurityGroupIngress(r -> r.groupId(account.network.securityGroup()).ipPermissions(
                        IpPermission.builder().ipProtocol("tcp").fromPort(port).toPort(port)
                                .ipRanges(IpRange.builder().cidrIp(TARGET_CIDR).build()).build()));
            }
        }
        assertEquals(List.of(peering + ": peering from 10.30.0.0/16 is pending-acceptance, not active"),
                failures(account.bridgeCheck()));
    }

    @Test
    void aPeeringFromAnotherNetworkIsNotTheBridge(TestAws aws) {
        LegacyAccount account = LegacyAccount.create(aws, dir, "bridge-cidr");
        String wrong = account.requestPeeringFrom("10.31.0.0/16");
        BridgeAwsSide.accept(aws.endpoint(), account.network, "10.31.0.0/16");
        try (Ec2Client ec2 = account.ec2()) {
            for (String table : account.network.routeTables()) {
                ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock(TARGET_CIDR).vpcPeeringConnectionId(wrong));
            }
            for (int port : List.of(2181, 2888, 3888)) {
                ec2.authorizeSecurityGroupIngress(r -> r.groupId(account.network.securityGroup()).ipPermissions(
                        IpPermission.builder().ipProtocol("tcp").fromPort(port).toPort(port)
                                .ipRanges(IpRange.builder().cidrIp(TARGET_CIDR).build()).build()));
            }
        }
        assertEquals(List.of(wrong + ": peering into " + account.network.vpcId()
                        + " comes from 10.31.0.0/16, not from the target network 10.30.0.0/16"),
                failures(account.bridgeCheck()));
    }

    @Test
    void noBridgeAtAllIsReportedPartByPart(TestAws aws) {
        LegacyAccount account = LegacyAccount.create(aws, dir, "bridge-none");
        List<String> failures = failures(account.bridgeCheck());
        assertEquals(List.of(account.network.vpcId() + ": no VPC peering from 10.30.0.0/16",
                account.network.routeTables().get(0) + ": no route to 10.30.0.0/16",
                account.network.securityGroup() + ": no inbound rule admits tcp/2181 (client port) from 10.30.0.0/16",
                account.network.securityGroup() + ": no inbound rule admits tcp/2888 (quorum port) from 10.30.0.0/16",
                account.network.securityGroup() + ": no inbound rule admits tcp/3888 (election port) from 10.30.0.0/16"),
                failures);
        assertFalse(failures.isEmpty());
    }
}
