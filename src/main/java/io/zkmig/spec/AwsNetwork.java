package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The legacy ensemble's AWS network: where the bridge's peering, routes and rules go, and what zkmig checks and
 * snapshots there. {@code instances} lists the legacy servers' EC2 instances in the order of
 * {@code legacy.servers}; {@code profile} names the AWS profile zkmig reads it with (default: the SDK's default
 * credential chain), {@code endpoint} an AWS-compatible endpoint (an emulator, a private endpoint). No key is
 * ever part of the spec.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwsNetwork(String accountId, String region, String vpcId, String cidr, List<String> subnets,
                         List<String> routeTables, String securityGroup, List<String> volumes,
                         List<String> instances, String profile, String endpoint) {
    public AwsNetwork {
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        routeTables = routeTables == null ? List.of() : List.copyOf(routeTables);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        instances = instances == null ? List.of() : List.copyOf(instances);
    }
}
