package io.zkmig.sandbox.controlplane;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * AWS VPC peering requests from a cluster's data centre, made on the AWS side the control plane has (the
 * sandbox's emulator, or none: then a request stays {@code pending-acceptance}, as it would until the customer's
 * side accepts it). Each read reports the status following AWS's ({@link PeeringStatus}).
 */
final class AwsVpcPeers {
    static final String PENDING_ACCEPTANCE = PeeringStatus.PENDING_ACCEPTANCE;
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern VPC_ID = Pattern.compile("vpc-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final StateStore store;
    private final NodeSizeCatalog catalog;
    private final PeeringAwsSide aws;
    private final ControlPlaneLog log;

    AwsVpcPeers(StateStore store, NodeSizeCatalog catalog, PeeringAwsSide aws, ControlPlaneLog log) {
        this.store = store;
        this.catalog = catalog;
        this.aws = aws;
        this.log = log;
    }

    AwsVpcPeerV2 create(AwsVpcPeerV2 request) {
        AwsVpcPeerV2 wanted = normalize(request);
        ZookeeperClusterV2 cluster = validate(wanted);
        String id = UUID.randomUUID().toString();
        String region = wanted.peerRegion() != null ? wanted.peerRegion() : cluster.dataCentre().region();
        String connection = null;
        String status = PENDING_ACCEPTANCE;
        try {
            connection = aws.request(cluster.dataCentre().network(), wanted.peerAwsAccountId(), wanted.peerVpcId(),
                    region).orElse(null);
        } catch (RuntimeException e) {
            // as on AWS: the request is made, the connection fails (e.g. no such peer VPC)
            log.error("vpc peer " + id + ": AWS refused the peering request: " + e.getMessage());
            status = "failed";
        }
        AwsVpcPeerV2 peer = new AwsVpcPeerV2(id, wanted.peerAwsAccountId(), wanted.peerSubnets(), wanted.peerVpcId(),
                region, wanted.cdcId(), status, dataCentreVpcId(wanted.cdcId()));
        store.putVpcPeer(peer, connection);
        log.info("vpc peer " + id + " requested from data centre " + peer.cdcId() + " to " + peer.peerVpcId() + " "
                + peer.peerSubnets() + (connection != null ? " (AWS connection " + connection + ")" : ""));
        return peer;
    }

    AwsVpcPeerV2 get(String id) {
        AwsVpcPeerV2 stored = store.vpcPeer(id).orElseThrow(() -> ApiError.notFound("VPC peering connection", id));
        String connection = store.peeringConnection(id).orElse(null);
        if (connection == null) {
            return stored;
        }
        String awsStatus;
        try {
            awsStatus = aws.status(connection);
        } catch (RuntimeException e) {
            log.error("vpc peer " + id + ": cannot read AWS connection " + connection + ", status kept: " + e.getMessage());
            return stored;
        }
        String next = PeeringStatus.next(stored.statusCode(), awsStatus);
        if (next.equals(stored.statusCode())) {
            return stored;
        }
        AwsVpcPeerV2 moved = stored.withStatusCode(next);
        synchronized (store) {
            if (store.vpcPeer(id).isEmpty()) {
                throw ApiError.notFound("VPC peering connection", id);
            }
            store.putVpcPeer(moved);
        }
        log.info("vpc peer " + id + " " + stored.statusCode() + " -> " + next + " (AWS connection " + connection + " is "
                + awsStatus + ")");
        return moved;
    }

    AwsVpcPeerV2 update(String id, AwsVpcPeerV2 request) {
        AwsVpcPeerV2 stored = store.vpcPeer(id).orElseThrow(() -> ApiError.notFound("VPC peering connection", id));
        AwsVpcPeerV2 wanted = normalize(request);
        List<FieldError> problems = new ArrayList<>();
        immutable("peerAwsAccountId", stored.peerAwsAccountId(), wanted.peerAwsAccountId(), problems);
        immutable("peerVpcId", stored.peerVpcId(), wanted.peerVpcId(), problems);
        immutable("cdcId", stored.cdcId(), wanted.cdcId(), problems);
        if (wanted.peerRegion() != null) {
            immutable("peerRegion", stored.peerRegion(), wanted.peerRegion(), problems);
        }
        if (!problems.isEmpty()) {
            throw new ApiError(400, problems);
        }
        validate(new AwsVpcPeerV2(null, stored.peerAwsAccountId(), wanted.peerSubnets(), stored.peerVpcId(),
                stored.peerRegion(), stored.cdcId(), null, null));
        AwsVpcPeerV2 updated = stored.withPeerSubnets(wanted.peerSubnets());
        store.putVpcPeer(updated);
        log.info("vpc peer " + id + " subnets now " + updated.peerSubnets());
        return updated;
    }

    void delete(String id) {
        String connection = store.peeringConnection(id).orElse(null);
        if (!store.removeVpcPeer(id)) {
            throw ApiError.notFound("VPC peering connection", id);
        }
        if (connection != null) {
            deleteConnection(id, connection);
        }
        log.info("vpc peer " + id + " deleted");
    }

    /** The AWS connections of a data centre that is going away (its peerings go with it). */
    void deleteConnectionsOf(String dataCentreId) {
        store.peeringConnectionsOf(dataCentreId).forEach(c -> deleteConnection(dataCentreId, c));
    }

    private void deleteConnection(String owner, String connection) {
        try {
            aws.delete(connection);
        } catch (RuntimeException e) {
            log.error("vpc peer " + owner + ": AWS connection " + connection + " not deleted: " + e.getMessage());
        }
    }

    private ZookeeperClusterV2 validate(AwsVpcPeerV2 p) {
        Problems problems = new Problems();
        ZookeeperClusterV2 cluster = null;
        if (p.cdcId() == null) {
            problems.add("cdcId", "cdcId is required");
        } else if (!UUID_TEXT.matcher(p.cdcId()).matches()) {
            problems.add("cdcId", "cdcId '" + p.cdcId() + "' is not a UUID");
        } else {
            cluster = store.clusterByDataCentre(p.cdcId()).orElse(null);
            if (cluster == null) {
                problems.add("cdcId", "Cluster data centre " + p.cdcId() + " was not found");
            } else if (!"AWS_VPC".equals(cluster.dataCentre().cloudProvider())) {
                problems.add("cdcId", "Cluster data centre " + p.cdcId() + " is not an AWS_VPC data centre");
            }
        }
        if (p.peerAwsAccountId() == null) {
            problems.add("peerAwsAccountId", "peerAwsAccountId is required");
        } else if (!ACCOUNT_ID.matcher(p.peerAwsAccountId()).matches()) {
            problems.add("peerAwsAccountId", "peerAwsAccountId '" + p.peerAwsAccountId() + "' must be a 12 digit AWS account ID");
        }
        if (p.peerVpcId() == null) {
            problems.add("peerVpcId", "peerVpcId is required");
        } else if (!VPC_ID.matcher(p.peerVpcId()).matches()) {
            problems.add("peerVpcId", "peerVpcId '" + p.peerVpcId() + "' is not a VPC ID (vpc- and 8 or 17 hex digits)");
        }
        if (p.peerRegion() != null && !catalog.knowsRegion("AWS_VPC", p.peerRegion())) {
            problems.add("peerRegion", "peerRegion '" + p.peerRegion() + "' is not an AWS region code (e.g. US_EAST_1)");
        }
        if (p.peerSubnets() == null) {
            problems.add("peerSubnets", "peerSubnets must have at least 1 item");
        } else {
            for (int i = 0; i < p.peerSubnets().size(); i++) {
                String subnet = p.peerSubnets().get(i);
                String field = "peerSubnets[" + i + "]";
                String malformed = PrivateNetworks.malformed(subnet).orElse(null);
                if (malformed != null) {
                    problems.add(field, malformed);
                } else if (cluster != null && PrivateNetworks.overlap(subnet, cluster.dataCentre().network())) {
                    problems.add(field, "peer subnet " + subnet + " overlaps the data centre network "
                            + cluster.dataCentre().network());
                }
            }
        }
        problems.throwIfAny();
        return cluster;
    }

    private static void immutable(String field, String before, String after, List<FieldError> problems) {
        if (!Objects.equals(before, after)) {
            problems.add(new FieldError(field, field + " is immutable: it is " + before + ", the request asks for " + after));
        }
    }

    private static AwsVpcPeerV2 normalize(AwsVpcPeerV2 r) {
        return new AwsVpcPeerV2(null, ZookeeperClusterRequests.blankToNull(r.peerAwsAccountId()),
                ZookeeperClusterRequests.emptyToNull(r.peerSubnets()), ZookeeperClusterRequests.blankToNull(r.peerVpcId()),
                ZookeeperClusterRequests.blankToNull(r.peerRegion()), ZookeeperClusterRequests.blankToNull(r.cdcId()),
                null, null);
    }

    /** A stable VPC ID for the data centre's (imaginary) VPC. */
    private static String dataCentreVpcId(String cdcId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cdcId.getBytes(StandardCharsets.UTF_8));
            return "vpc-" + HexFormat.of().formatHex(digest).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
