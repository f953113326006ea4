package io.zkmig.sandbox.controlplane;

import java.util.Optional;

/**
 * Where a VPC peering request goes on AWS: the Instaclustr account's side of the connection, which the customer
 * accepts (or not) in theirs. The control plane reports the connection's status from here.
 */
interface PeeringAwsSide {
    /** AWS's status of a connection that is gone (deleted on either side, or never known to AWS). */
    String DELETED = "deleted";

    /** Requests the connection from the data centre's network; the {@code pcx-} id, or empty when there is no AWS. */
    Optional<String> request(String dataCentreCidr, String peerAccount, String peerVpc, String peerRegionCode);

    /** AWS's status code of the connection (pending-acceptance, active, deleted, rejected, failed, ...). */
    String status(String connectionId);

    /** Deletes the connection; nothing when it is already gone. */
    void delete(String connectionId);

    /** No AWS at all: a request stays pending-acceptance, as it would until the customer's side accepts it. */
    static PeeringAwsSide none() {
        return new PeeringAwsSide() {
            @Override
            public Optional<String> request(String dataCentreCidr, String peerAccount, String peerVpc,
                                            String peerRegionCode) {
                return Optional.empty();
            }

            @Override
            public String status(String connectionId) {
                throw new IllegalStateException("no AWS side to ask about " + connectionId);
            }

            @Override
            public void delete(String connectionId) {
            }
        };
    }
}
