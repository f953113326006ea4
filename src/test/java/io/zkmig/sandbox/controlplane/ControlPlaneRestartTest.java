package io.zkmig.sandbox.controlplane;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.ensemble.FourLetterWords;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster outlives a restart of the control plane: the resource is still there, its ZooKeeper servers
 * start again with their data, and deleting it afterwards stops them.
 */
@Tag("zookeeper")
class ControlPlaneRestartTest {
    private static final String KEY = "restart-test-key-91d2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path stateDir;

    @Test
    void aClusterAndItsDataSurviveARestartAndDeletionStopsItsServers() throws Exception {
        ControlPlaneSettings settings = TestControlPlanes.settings(stateDir, KEY);
        TestControlPlanes.CapturedLog log = new TestControlPlanes.CapturedLog();
        String id;
        List<String> addresses = new ArrayList<>();
        try (ControlPlane first = ControlPlane.start(settings, log.log)) {
            HttpResponse<String> created = send(first, "POST", "", """
                    {"name":"restart-me","zookeeperVersion":"3.9.3","slaTier":"NON_PRODUCTION","privateNetworkCluster":false,
                     "dataCentres":[{"name":"dc","cloudProvider":"AWS_VPC","region":"EU_WEST_1",
                       "nodeSize":"zookeeper-developer-t3.small-20","numberOfNodes":3,"network":"10.50.0.0/16"}]}""");
            assertEquals(202, created.statusCode(), created.body());
            JsonNode cluster = JSON.readTree(created.body());
            assertEquals("PROVISIONING", cluster.path("status").asText());
            id = cluster.path("id").asText();
            awaitStatus(first, id, "RUNNING");
            cluster.at("/dataCentres/0/nodes").forEach(n -> addresses.add(n.path("privateAddress").asText()));
            try (ZooKeeper zk = connect(connectString(addresses))) {
                zk.create("/survives-restart", "yes".getBytes(StandardCharsets.UTF_8), ZooDefs.Ids.OPEN_ACL_UNSAFE,
                        CreateMode.PERSISTENT);
            }
        }
        for (String address : addresses) {
            assertFalse(FourLetterWords.isServing(address, 32181), address + " serves while the control plane is down");
        }
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(stateDir.resolve("state.json"))), "the control plane's state is private");

        try (ControlPlane second = ControlPlane.start(settings.withPort(0), log.log)) {
            awaitServing(addresses);
            JsonNode again = JSON.readTree(send(second, "GET", id, null).body());
            assertEquals("RUNNING", again.path("status").asText());
            assertEquals("restart-me", again.path("name").asText());
            try (ZooKeeper zk = connect(connectString(addresses))) {
                assertArrayEquals("yes".getBytes(StandardCharsets.UTF_8), zk.getData("/survives-restart", false, null));
            }

            assertEquals(204, send(second, "DELETE", id, null).statusCode(), "answered once the servers have stopped");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (send(second, "GET", id, null).statusCode() != 404) {
                assertTrue(System.nanoTime() < deadline, "cluster not gone 60 s after its deletion");
                Thread.sleep(200);
            }
            assertFalse(second.clusterProcessesRunning(id));
            for (String address : addresses) {
                assertFalse(FourLetterWords.isServing(address, 32181), address + " still serves after deletion");
            }
        }
        assertFalse(log.text().contains(KEY));
    }

    private static void awaitStatus(ControlPlane cp, String id, String status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = "";
        while (System.nanoTime() < deadline) {
            last = JSON.readTree(send(cp, "GET", id, null).body()).path("status").asText();
            if (status.equals(last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("cluster " + id + " is " + last + ", not " + status);
    }

    private static void awaitServing(List<String> addresses) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!addresses.stream().allMatch(a -> FourLetterWords.isServing(a, 32181))) {
            assertTrue(System.nanoTime() < deadline, "servers did not serve again after the restart");
            Thread.sleep(200);
        }
    }

    private static String connectString(List<String> addresses) {
        return String.join(",", addresses.stream().map(a -> a + ":32181").toList());
    }

    private static ZooKeeper connect(String connectString) throws Exception {
        CountDownLatch connected = new CountDownLatch(1);
        ZooKeeper zk = new ZooKeeper(connectString, 15000, e -> {
            if (e.getState() == Watcher.Event.KeeperState.SyncConnected) {
                connected.countDown();
            }
        });
        if (!connected.await(30, TimeUnit.SECONDS)) {
            zk.close();
            throw new AssertionError("no session with " + connectString);
        }
        return zk;
    }

    private static HttpResponse<String> send(ControlPlane cp, String method, String id, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cp.url() + ControlPlaneApi.ZOOKEEPER_CLUSTERS + "/" + id))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Instaclustr-Terraform " + TestControlPlanes.USER + ":" + KEY)
                .timeout(Duration.ofSeconds(30))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
