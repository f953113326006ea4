package io.zkmig.sandbox.controlplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control plane's HTTP contract: document, authentication and the API's answers to bad requests. */
class ControlPlaneApiTest {
    private static final String KEY = "api-test-key-7f3a9c";
    private static final String CLUSTERS = ControlPlaneApi.ZOOKEEPER_CLUSTERS + "/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> BODIES = new ArrayList<>();

    @TempDir
    static Path stateDir;
    static TestControlPlanes.CapturedLog log;
    static ControlPlane controlPlane;

    @BeforeAll
    static void start() {
        log = new TestControlPlanes.CapturedLog();
        controlPlane = ControlPlane.start(TestControlPlanes.settings(stateDir, KEY), log.log);
    }

    @AfterAll
    static void stop() {
        if (controlPlane != null) {
            controlPlane.close();
        }
        assertFalse(log.text().contains(KEY), "the API key appears in the control plane log");
        BODIES.forEach(b -> assertFalse(b.contains(KEY), "the API key appears in a response: " + b));
    }

    @Test
    void servesTheApiDocumentWithoutCredentials() throws Exception {
        HttpResponse<String> r = send("GET", ControlPlaneApi.DOCUMENT_PATH, null, null);
        assertEquals(200, r.statusCode());
        for (String expected : List.of("swagger: \"2.0\"", "terraform_key:", "x-terraform-resource-name: zookeeper_cluster_v2",
                "x-terraform-resource-name: aws_vpc_peer_v2", "x-terraform-resource-name: cluster_network_firewall_rules_v2",
                "APACHE_ZOOKEEPER")) {
            assertTrue(r.body().contains(expected), "document lacks " + expected);
        }
    }

    @Test
    void refusesMissingMalformedAndWrongCredentialsWithoutEchoingThem() throws Exception {
        HttpResponse<String> missing = send("GET", CLUSTERS + "x", null, null);
        assertEquals(401, missing.statusCode());
        assertTrue(missing.body().contains("Missing Authorization header"), missing.body());

        HttpResponse<String> wrong = send("GET", CLUSTERS + "x", "Instaclustr-Terraform " + TestControlPlanes.USER + ":not-" + KEY, null);
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("invalid username or provisioning API key"), wrong.body());
        assertFalse(wrong.body().contains("not-" + KEY));

        HttpResponse<String> otherScheme = send("GET", CLUSTERS + "x", "Bearer " + KEY, null);
        assertEquals(401, otherScheme.statusCode());

        String basic = "Basic " + Base64.getEncoder().encodeToString((TestControlPlanes.USER + ":" + KEY).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> viaBasic = send("GET", CLUSTERS + "00000000-0000-0000-0000-000000000000", basic, null);
        assertEquals(404, viaBasic.statusCode(), "HTTP Basic with the same pair is accepted");
        assertEquals("Cluster 00000000-0000-0000-0000-000000000000 was not found",
                JSON.readTree(viaBasic.body()).at("/errors/0/message").asText());
    }

    @Test
    void reportsEveryProblemOfABadClusterRequestByField() throws Exception {
        String body = """
                {"name":"bad name!","zookeeperVersion":"3.4.14","slaTier":"GOLD","privateNetworkCluster":false,
                 "dataCentres":[{"name":"dc","cloudProvider":"AWS_VPC","region":"US_EAST_1","nodeSize":"zk-huge-9000",
                   "numberOfNodes":4,"network":"10.0.0.0/8"}]}""";
        JsonNode errors = errors(post(CLUSTERS, body), 400);
        assertHasError(errors, "name", "must match");
        assertHasError(errors, "zookeeperVersion", "Apache ZooKeeper 3.4.14 is not available. Available versions: 3.9.3");
        assertHasError(errors, "slaTier", "must be one of [NON_PRODUCTION, PRODUCTION]");
        assertHasError(errors, "dataCentres[0].nodeSize", "Node size 'zk-huge-9000' is not a valid Apache ZooKeeper node size");
        assertHasError(errors, "dataCentres[0].numberOfNodes", "3 or 5 nodes, not 4");
        assertHasError(errors, "dataCentres[0].network", "prefix length between /16 and /26");
    }

    @Test
    void rejectsMalformedAndPublicNetworksDeprecatedSizesAndProductionOnDeveloperNodes() throws Exception {
        JsonNode malformed = errors(post(CLUSTERS, cluster("PRODUCTION", "zookeeper-developer-t3.small-20", "10.300.0.0/16")), 400);
        assertHasError(malformed, "dataCentres[0].network", "'10.300.0.0/16' is not a valid CIDR block");
        assertHasError(malformed, "dataCentres[0].nodeSize", "Production SLA tier is not available with Developer class node size");

        JsonNode publicNetwork = errors(post(CLUSTERS, cluster("NON_PRODUCTION", "MZK-PRD-m6g.large-60", "8.8.0.0/16")), 400);
        assertHasError(publicNetwork, "dataCentres[0].network", "must be part of a private address space");
        assertHasError(publicNetwork, "dataCentres[0].nodeSize", "is deprecated");
    }

    @Test
    void rejectsUnknownFieldsAndWrongTypesNamingThePath() throws Exception {
        assertHasError(errors(post(CLUSTERS, "{\"name\":\"a\",\"nodeCount\":3}"), 400), "nodeCount", "Unknown field 'nodeCount'");
        assertHasError(errors(post(CLUSTERS, "{\"dataCentres\":[{\"numberOfNodes\":\"three\"}]}"), 400),
                "dataCentres[0].numberOfNodes", "Invalid value");
        assertHasError(errors(post(CLUSTERS, "{not json"), 400), "", "Malformed JSON");
    }

    @Test
    void rejectsABadPeeringRequest() throws Exception {
        String body = """
                {"cdcId":"11111111-2222-3333-4444-555555555555","peerAwsAccountId":"12345","peerVpcId":"vpc-xyz",
                 "peerRegion":"MARS_1","peerSubnets":["10.20.0.0/33"]}""";
        JsonNode errors = errors(post(ControlPlaneApi.AWS_VPC_PEERS + "/", body), 400);
        assertHasError(errors, "cdcId", "Cluster data centre 11111111-2222-3333-4444-555555555555 was not found");
        assertHasError(errors, "peerAwsAccountId", "12 digit AWS account ID");
        assertHasError(errors, "peerVpcId", "is not a VPC ID");
        assertHasError(errors, "peerRegion", "is not an AWS region code");
        assertHasError(errors, "peerSubnets[0]", "'10.20.0.0/33' is not a valid CIDR block");
    }

    @Test
    void rejectsBadFirewallRules() throws Exception {
        String body = """
                {"clusterId":"11111111-2222-3333-4444-555555555555",
                 "firewallRules":[{"type":"CASSANDRA","network":"10.1.0.0/16"},{"type":"APACHE_ZOOKEEPER","network":"10.1.0.0"},
                                  {"type":"NOT_A_TYPE","network":"10.2.0.0/16"}]}""";
        JsonNode errors = errors(post(ControlPlaneApi.FIREWALL_RULES + "/", body), 400);
        assertHasError(errors, "clusterId", "Cluster 11111111-2222-3333-4444-555555555555 was not found");
        assertNoError(errors, "firewallRules[0].type"); // every type of the enum is accepted, as Instaclustr accepts it
        assertHasError(errors, "firewallRules[1].network", "is not a valid CIDR block");
        assertHasError(errors, "firewallRules[2].type", "'NOT_A_TYPE' is not a firewall rule type");
    }

    @Test
    void answersUnknownResourcesWith404AndAnErrorBody() throws Exception {
        for (String path : List.of(CLUSTERS + "nope", ControlPlaneApi.AWS_VPC_PEERS + "/nope", ControlPlaneApi.FIREWALL_RULES + "/nope")) {
            HttpResponse<String> r = send("DELETE", path, terraformKey(), null);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("was not found"), r.body());
        }
    }

    private static String cluster(String slaTier, String nodeSize, String network) {
        return """
                {"name":"c1","zookeeperVersion":"3.9.3","slaTier":"%s","privateNetworkCluster":false,
                 "dataCentres":[{"name":"dc","cloudProvider":"AWS_VPC","region":"US_EAST_1","nodeSize":"%s",
                   "numberOfNodes":3,"network":"%s"}]}""".formatted(slaTier, nodeSize, network);
    }

    private static void assertNoError(JsonNode errors, String name) {
        for (JsonNode e : errors) {
            assertFalse(e.path("name").asText().equals(name), "unexpected error " + e + " in " + errors);
        }
    }

    private static void assertHasError(JsonNode errors, String name, String messagePart) {
        for (JsonNode e : errors) {
            if (e.path("name").asText().equals(name) && e.path("message").asText().contains(messagePart)) {
                return;
            }
        }
        throw new AssertionError("no error " + name + " ~ '" + messagePart + "' in " + errors);
    }

    private static JsonNode errors(HttpResponse<String> r, int expectedStatus) throws IOException {
        assertEquals(expectedStatus, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("errors");
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, terraformKey(), body);
    }

    private static String terraformKey() {
        return "Instaclustr-Terraform " + TestControlPlanes.USER + ":" + KEY;
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(controlPlane.url() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        synchronized (BODIES) {
            BODIES.add(response.body());
        }
        return response;
    }
}
