package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code NodeDetailsV2}: one node of a data centre; {@code privateAddress} is where its ZooKeeper server listens. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeDetailsV2(String id, String nodeSize, String status, String rack, String privateAddress,
                            String publicAddress, List<String> nodeRoles, String startTime, String deletionTime) {

    NodeDetailsV2 withStatus(String newStatus, String newStartTime) {
        return new NodeDetailsV2(id, nodeSize, newStatus, rack, privateAddress, publicAddress, nodeRoles,
                newStartTime, deletionTime);
    }
}
