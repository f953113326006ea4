package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The legacy ensemble's AWS network: where the bridge's peering, routes and rules go. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwsNetwork(String accountId, String region, String vpcId, String cidr, List<String> subnets,
                         List<String> routeTables, String securityGroup, List<String> volumes,
                         List<String> instances) {
    public AwsNetwork {
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        routeTables = routeTables == null ? List.of() : List.copyOf(routeTables);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        instances = instances == null ? List.of() : List.copyOf(instances);
    }
}
