package io.zkmig.sandbox.aws;

import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.VolumeType;

/**
 * The legacy account as the spec's {@code legacy.network} describes it, built in the emulator: the VPC with its
 * CIDR, one subnet per listed subnet (at least one), one route table per listed table associated with it, the
 * security group, and one instance per legacy server with its data volume attached, all tagged. The result is
 * the spec's network with the ids the emulator returned and the emulator as its endpoint.
 */
public final class LegacyNetworkFixture {
    static final String DEVICE = "/dev/sdf";
    static final String IMAGE = "ami-0a1b2c3d4e5f60718";

    private LegacyNetworkFixture() {
    }

    public static AwsNetwork create(URI endpoint, MigrationSpec spec) {
        AwsNetwork wanted = spec.legacy().awsNetwork().orElseThrow(() ->
                new IllegalArgumentException("the spec has no legacy.network to build in the emulator"));
        String migration = spec.name();
        try (Ec2Client ec2 = EmulatorClients.ec2(endpoint, EmulatorAccounts.LEGACY)) {
            String vpc = ec2.createVpc(r -> r.cidrBlock(wanted.cidr())
                    .tagSpecifications(tags(ResourceType.VPC, migration, "legacy"))).vpc().vpcId();
            String[] octets = wanted.cidr().split("/")[0].split("\\.");
            List<String> subnets = new ArrayList<>();
            String zone = wanted.region() + "a";
            for (int i = 0; i < Math.max(1, wanted.subnets().size()); i++) {
                String block = octets[0] + "." + octets[1] + "." + (Integer.parseInt(octets[2]) + i) + ".0/24";
                subnets.add(ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock(block).availabilityZone(zone)
                        .tagSpecifications(tags(ResourceType.SUBNET, migration, "legacy"))).subnet().subnetId());
            }
            List<String> routeTables = new ArrayList<>();
            for (int i = 0; i < Math.max(1, wanted.routeTables().size()); i++) {
                String table = ec2.createRouteTable(r -> r.vpcId(vpc)
                        .tagSpecifications(tags(ResourceType.ROUTE_TABLE, migration, "legacy"))).routeTable().routeTableId();
                String subnet = subnets.get(Math.min(i, subnets.size() - 1));
                ec2.associateRouteTable(r -> r.routeTableId(table).subnetId(subnet));
                routeTables.add(table);
            }
            String group = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("zkmig-" + migration + "-legacy")
                    .description("legacy ZooKeeper servers of " + migration)
                    .tagSpecifications(tags(ResourceType.SECURITY_GROUP, migration, "legacy"))).groupId();
            List<String> instances = new ArrayList<>();
            List<String> volumes = new ArrayList<>();
            for (ServerSpec server : spec.legacy().servers()) {
                String name = "zookeeper-" + server.id();
                String instance = ec2.runInstances(r -> r.imageId(IMAGE).instanceType(InstanceType.T3_SMALL)
                        .minCount(1).maxCount(1).subnetId(subnets.get(0)).securityGroupIds(group)
                        .tagSpecifications(serverTags(ResourceType.INSTANCE, migration, name, server.id())))
                        .instances().get(0).instanceId();
                String volume = ec2.createVolume(r -> r.availabilityZone(zone).size(8).volumeType(VolumeType.GP3)
                        .tagSpecifications(serverTags(ResourceType.VOLUME, migration, name + "-data", server.id())))
                        .volumeId();
                ec2.attachVolume(r -> r.volumeId(volume).instanceId(instance).device(DEVICE));
                instances.add(instance);
                volumes.add(volume);
            }
            return new AwsNetwork(EmulatorAccounts.LEGACY, wanted.region(), vpc, wanted.cidr(), subnets, routeTables,
                    group, volumes, instances, wanted.profile(), endpoint.toString());
        }
    }

    static TagSpecification tags(ResourceType type, String migration, String name) {
        return TagSpecification.builder().resourceType(type).tags(
                Tag.builder().key("Name").value("zkmig-" + migration + "-" + name).build(),
                Tag.builder().key("zkmig:sandbox").value(migration).build()).build();
    }

    private static TagSpecification serverTags(ResourceType type, String migration, String name, int serverId) {
        return TagSpecification.builder().resourceType(type).tags(
                Tag.builder().key("Name").value(name).build(),
                Tag.builder().key("zkmig:sandbox").value(migration).build(),
                Tag.builder().key("zookeeper:server-id").value(String.valueOf(serverId)).build()).build();
    }
}
