package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code ZookeeperClusterV2} of the API document: a managed ZooKeeper cluster as requested and as reported. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ZookeeperClusterV2(String id, String name, String zookeeperVersion, String slaTier,
                                 Boolean privateNetworkCluster, String description,
                                 List<TwoFactorDeleteV2> twoFactorDelete, List<ZookeeperDataCentreV2> dataCentres,
                                 String status, String currentClusterOperationStatus) {

    public ZookeeperDataCentreV2 dataCentre() {
        return dataCentres.get(0);
    }

    ZookeeperClusterV2 withStatus(String clusterStatus, String operationStatus, ZookeeperDataCentreV2 dataCentre) {
        return new ZookeeperClusterV2(id, name, zookeeperVersion, slaTier, privateNetworkCluster, description,
                twoFactorDelete, List.of(dataCentre), clusterStatus, operationStatus);
    }

    ZookeeperClusterV2 withUpdatableSettings(String newDescription, List<TwoFactorDeleteV2> newTwoFactorDelete,
                                             ZookeeperDataCentreV2 dataCentre) {
        return new ZookeeperClusterV2(id, name, zookeeperVersion, slaTier, privateNetworkCluster, newDescription,
                newTwoFactorDelete, List.of(dataCentre), status, currentClusterOperationStatus);
    }
}
