package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code AwsVpcPeerV2}: a peering request from a cluster data centre's VPC to a customer VPC. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwsVpcPeerV2(String id, String peerAwsAccountId, List<String> peerSubnets, String peerVpcId,
                           String peerRegion, String cdcId, String statusCode, String dataCentreVpcId) {

    AwsVpcPeerV2 withPeerSubnets(List<String> subnets) {
        return new AwsVpcPeerV2(id, peerAwsAccountId, subnets, peerVpcId, peerRegion, cdcId, statusCode,
                dataCentreVpcId);
    }

    AwsVpcPeerV2 withStatusCode(String newStatusCode) {
        return new AwsVpcPeerV2(id, peerAwsAccountId, peerSubnets, peerVpcId, peerRegion, cdcId, newStatusCode,
                dataCentreVpcId);
    }
}
