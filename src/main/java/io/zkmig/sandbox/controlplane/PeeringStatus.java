package io.zkmig.sandbox.controlplane;

/**
 * The status the API reports for a VPC peering, following AWS's: accepted on the customer's side, it is
 * {@code provisioning} for one poll (Instaclustr then routes and admits the peer subnets) and {@code active}
 * after; deleted on either side it is {@code deleted}; AWS's final states (rejected, failed, expired) show as they are.
 */
final class PeeringStatus {
    static final String PENDING_ACCEPTANCE = "pending-acceptance";
    static final String PROVISIONING = "provisioning";
    static final String ACTIVE = "active";

    private PeeringStatus() {
    }

    static String next(String reported, String aws) {
        return switch (aws) {
            case ACTIVE -> PENDING_ACCEPTANCE.equals(reported) ? PROVISIONING : ACTIVE;
            case "initiating-request", PENDING_ACCEPTANCE -> PENDING_ACCEPTANCE;
            case PROVISIONING -> PROVISIONING;
            case PeeringAwsSide.DELETED -> PeeringAwsSide.DELETED;
            default -> aws;
        };
    }
}
