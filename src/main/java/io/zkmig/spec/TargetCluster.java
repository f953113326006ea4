package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The Instaclustr managed ZooKeeper cluster to migrate to. {@code servers} are the target nodes as
 * the runner reaches them (known once the cluster is provisioned); their myids sit above the legacy ids.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetCluster(String clusterName, String version, String nodeSize, int nodeCount, String region,
                            String networkCidr, String slaTier, Boolean privateNetwork, List<ServerSpec> servers,
                            SecretRef superUser) {
    public static final String DEFAULT_VERSION = InstaclustrCatalog.DEFAULT_ZOOKEEPER_VERSION;

    public TargetCluster {
        version = version == null ? DEFAULT_VERSION : version;
        slaTier = slaTier == null ? "NON_PRODUCTION" : slaTier;
        privateNetwork = privateNetwork != null && privateNetwork;
        servers = servers == null ? List.of() : List.copyOf(servers);
    }
}
