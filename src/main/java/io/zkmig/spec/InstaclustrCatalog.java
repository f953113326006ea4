package io.zkmig.spec;

import java.util.List;
import java.util.Set;

/**
 * What Instaclustr offers for managed ZooKeeper, as the provider's published docs list it
 * (docs/resources/zookeeper_cluster_v2.md). Managed versions changed over time: 3.6.3/3.7.1 in 2023,
 * 3.8.x in 2024, only 3.9.3 since mid-2025.
 */
public final class InstaclustrCatalog {
    public static final String DEFAULT_ZOOKEEPER_VERSION = "3.9.3";

    public static final List<String> ZOOKEEPER_VERSIONS = List.of("3.9.3");

    public static final List<String> NODE_SIZES = List.of(
            "ZKR-PRD-m5d.large-75",
            "ZKR-PRD-m5d.xlarge-150",
            "zookeeper-developer-t3.small-20",
            "zookeeper-production-m5.large-60",
            "zookeeper-production-m5.xlarge-120");

    public static final Set<String> AWS_REGIONS = Set.of(
            "AF_SOUTH_1", "AP_EAST_1", "AP_SOUTH_1", "AP_NORTHEAST_1", "AP_NORTHEAST_2", "AP_SOUTHEAST_1",
            "AP_SOUTHEAST_2", "CA_CENTRAL_1", "EU_CENTRAL_1", "EU_NORTH_1", "EU_SOUTH_1", "EU_WEST_1",
            "EU_WEST_2", "EU_WEST_3", "ME_SOUTH_1", "SA_EAST_1", "US_EAST_1", "US_EAST_2", "US_WEST_1",
            "US_WEST_2");

    private InstaclustrCatalog() {
    }

    /** {@code US_EAST_1} → {@code us-east-1}. */
    public static String awsRegionName(String instaclustrRegion) {
        return instaclustrRegion.toLowerCase().replace('_', '-');
    }

    public static boolean isDeveloperSize(String nodeSize) {
        return nodeSize.contains("developer");
    }
}
