package io.zkmig.sandbox.controlplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.sandbox.aws.BridgeAwsSide;
import io.zkmig.sandbox.aws.EmulatorAccounts;
import io.zkmig.sandbox.aws.EmulatorClients;
import io.zkmig.sandbox.aws.InstaclustrSide;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.testing.AwsEmulatorExtension;
import io.zkmig.testing.TestAws;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * A control plane started with the AWS emulator requests each VPC peering there from the Instaclustr account and
 * reports its status as AWS has it: pending until the customer accepts, then provisioning, then active; deleted
 * when either side deletes it.
 */
@Tag("aws")
@Tag("zookeeper")
@ExtendWith(AwsEmulatorExtension.class)
class PeeringFollowsAwsTest {
    private static final String KEY = "peering-test-key-5c1e";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void thePeeringIsActiveOnlyOnceTheCustomerAcceptsItAndDeletedWhenEitherSideDeletesIt(TestAws aws) throws Exception {
        AwsNetwork legacy = EmulatedLegacyVpc.create(aws, dir, "peering-follows");
        String targetCidr = "10.61.0.0/16";
        ControlPlaneSettings settings = TestControlPlanes.settings(dir.resolve("cp"), KEY).withAwsEmulator(aws.endpoint());
        TestControlPlanes.CapturedLog log = new TestControlPlanes.CapturedLog();
        try (ControlPlane cp = ControlPlane.start(settings, log.log)) {
            JsonNode cluster = JSON.readTree(send(cp, "POST", ControlPlaneApi.ZOOKEEPER_CLUSTERS + "/", cluster(targetCidr), 202));
            String clusterId = cluster.path("id").asText();
            String cdcId = cluster.at("/dataCentres/0/id").asText();
            try {
                String first = peer(cp, cdcId, legacy);
                assertEquals("pending-acceptance", status(cp, first));
                assertEquals("pending-acceptance", status(cp, first), "nothing moves until the customer accepts");

                String connection = BridgeAwsSide.accept(aws.endpoint(), legacy, targetCidr);
                assertEquals("active", InstaclustrSide.status(aws.endpoint(), connection));
                assertEquals("provisioning", status(cp, first));
                assertEquals("active", status(cp, first));

                send(cp, "DELETE", ControlPlaneApi.AWS_VPC_PEERS + "/" + first, null, 204);
                assertEquals("deleted", InstaclustrSide.status(aws.endpoint(), connection),
                        "deleting the resource deletes the AWS connection");
                send(cp, "GET", ControlPlaneApi.AWS_VPC_PEERS + "/" + first, null, 404);

                String second = peer(cp, cdcId, legacy);
                String secondConnection = BridgeAwsSide.accept(aws.endpoint(), legacy, targetCidr);
                assertEquals("provisioning", status(cp, second));
                assertEquals("active", status(cp, second));
                try (Ec2Client ec2 = EmulatorClients.ec2(aws.endpoint(), EmulatorAccounts.LEGACY)) {
                    ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(secondConnection));
                }
                assertEquals("deleted", status(cp, second), "deleted on the customer's side");
                assertTrue(log.text().contains("active -> deleted"), log.text());
            } finally {
                send(cp, "DELETE", ControlPlaneApi.ZOOKEEPER_CLUSTERS + "/" + clusterId, null, 204);
                awaitGone(cp, clusterId);
            }
        }
    }

    private static String peer(ControlPlane cp, String cdcId, AwsNetwork legacy) throws Exception {
        String body = """
                {"cdcId":"%s","peerAwsAccountId":"%s","peerVpcId":"%s","peerRegion":"US_EAST_1","peerSubnets":["%s"]}"""
                .formatted(cdcId, EmulatorAccounts.LEGACY, legacy.vpcId(), legacy.cidr());
        JsonNode created = JSON.readTree(send(cp, "POST", ControlPlaneApi.AWS_VPC_PEERS + "/", body, 202));
        assertEquals("pending-acceptance", created.path("statusCode").asText());
        return created.path("id").asText();
    }

    private static String status(ControlPlane cp, String peerId) throws Exception {
        return JSON.readTree(send(cp, "GET", ControlPlaneApi.AWS_VPC_PEERS + "/" + peerId, null, 200))
                .path("statusCode").asText();
    }

    private static String cluster(String network) {
        return """
                {"name":"peered","zookeeperVersion":"3.9.3","slaTier":"NON_PRODUCTION","privateNetworkCluster":false,
                 "dataCentres":[{"name":"dc","cloudProvider":"AWS_VPC","region":"US_EAST_1",
                   "nodeSize":"zookeeper-developer-t3.small-20","numberOfNodes":3,"network":"%s"}]}""".formatted(network);
    }

    private static void awaitGone(ControlPlane cp, String clusterId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (call(cp, "GET", ControlPlaneApi.ZOOKEEPER_CLUSTERS + "/" + clusterId, null).statusCode() == 404) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("cluster " + clusterId + " still there after 2 minutes");
    }

    private static String send(ControlPlane cp, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> r = call(cp, method, path, body);
        assertEquals(expected, r.statusCode(), method + " " + path + ": " + r.body());
        return r.body();
    }

    private static HttpResponse<String> call(ControlPlane cp, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cp.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Instaclustr-Terraform " + TestControlPlanes.USER + ":" + KEY).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
