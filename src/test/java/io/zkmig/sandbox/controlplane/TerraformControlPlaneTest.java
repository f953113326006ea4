package io.zkmig.sandbox.controlplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.ensemble.FourLetterWords;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real terraform binary and the real Instaclustr provider (from the local mirror) against the local
 * control plane, through one lifecycle: init, apply (real ZooKeeper servers serve), plan after a change,
 * refused requests, destroy (no process left). The API key must never appear in any output or log.
 */
@Tag("terraform")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerraformControlPlaneTest {
    private static final String KEY = "tf-test-key-2b8e51d0c4";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path tmp;
    private Toolchain tools;
    private TestControlPlanes.CapturedLog log;
    private ControlPlane controlPlane;
    private Path stateDir;
    private TerraformCli target;
    private String terraformKey;
    private final List<TerraformCli> clis = new ArrayList<>();

    @BeforeAll
    void startControlPlane() throws Exception {
        tmp = Files.createTempDirectory("zkmig-terraform-test");
        tools = Toolchain.get();
        stateDir = tmp.resolve("control-plane");
        log = new TestControlPlanes.CapturedLog();
        controlPlane = ControlPlane.start(TestControlPlanes.settings(stateDir, KEY), log.log);
        terraformKey = "Instaclustr-Terraform " + TestControlPlanes.USER + ":" + KEY;
        target = cli("target-and-bridge");
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (tmp == null) {
            return;
        }
        try {
            if (target != null && Files.exists(tmp.resolve("target-and-bridge/terraform.tfstate"))) {
                target.run(terraformKey, "destroy", "-auto-approve", "-input=false", "-no-color");
            }
        } finally {
            if (controlPlane != null) {
                controlPlane.close();
            }
        }
        assertTrue(zooKeeperProcesses().isEmpty(), "ZooKeeper processes left: " + zooKeeperProcesses());
        for (TerraformCli cli : clis) {
            String transcript = cli.transcript();
            int at = transcript.indexOf(KEY);
            assertTrue(at < 0, () -> "the API key appears in terraform's output: ..."
                    + transcript.substring(Math.max(0, at - 600), Math.min(transcript.length(), at + 100)));
        }
        assertFalse(log.text().contains(KEY), "the API key appears in the control plane log");
        deleteRecursively(tmp);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    @Order(1)
    void initInstallsTheInstaclustrProviderFromTheLocalMirrorOnly() throws Exception {
        TerraformCli.Result init = target.run(terraformKey, "init", "-input=false", "-no-color");
        assertEquals(0, init.exitCode(), init.output());
        assertTrue(init.output().contains("Installing instaclustr/instaclustr v" + tools.instaclustrProviderVersion), init.output());
        String lock = Files.readString(tmp.resolve("target-and-bridge/.terraform.lock.hcl"));
        assertTrue(lock.contains("provider \"registry.terraform.io/instaclustr/instaclustr\"")
                || lock.contains("provider \"registry.opentofu.org/instaclustr/instaclustr\""), lock);
        assertTrue(lock.contains("version     = \"" + tools.instaclustrProviderVersion + "\""), lock);

        TerraformCli elsewhere = cli("not-in-mirror");
        Files.writeString(tmp.resolve("not-in-mirror/main.tf"),
                "terraform {\n  required_providers {\n    random = { source = \"hashicorp/random\" }\n  }\n}\n");
        TerraformCli.Result refused = elsewhere.run(terraformKey, "init", "-input=false", "-no-color");
        assertNotEquals(0, refused.exitCode(), "a provider missing from the mirror must not be downloaded");
        assertTrue(refused.output().contains("hashicorp/random"), refused.output());
    }

    @Test
    @Order(2)
    void applyCreatesAClusterWhoseRealServersServeAndTheBridge() throws Exception {
        long started = System.nanoTime();
        TerraformCli.Result apply = target.run(terraformKey, "apply", "-auto-approve", "-input=false", "-no-color");
        System.out.printf("terraform apply (cluster + vpc peer + firewall rules): %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertEquals(0, apply.exitCode(), apply.output());
        assertTrue(apply.output().contains("Resources: 3 added, 0 changed, 0 destroyed"), apply.output());

        JsonNode outputs = outputs();
        List<String> addresses = new ArrayList<>();
        outputs.at("/node_addresses/value").forEach(a -> addresses.add(a.asText()));
        assertEquals(3, addresses.size(), outputs.toString());
        int leaders = 0;
        for (String address : addresses) {
            assertEquals("imok", FourLetterWords.send(address, 32181, "ruok").trim(), address);
            String srvr = FourLetterWords.send(address, 32181, "srvr");
            assertTrue(srvr.contains("Zookeeper version: 3.9.3"), srvr);
            leaders += srvr.contains("Mode: leader") ? 1 : 0;
        }
        assertEquals(1, leaders, "one leader among " + addresses);
        assertEquals("pending-acceptance", outputs.at("/vpc_peer_status/value").asText());
        assertTrue(controlPlane.clusterProcessesRunning(outputs.at("/cluster_id/value").asText()));
    }

    @Test
    @Order(3)
    void aChangedDescriptionIsThePlansOnlyChange() throws Exception {
        TerraformCli.Result unchanged = target.run(terraformKey, Map.of("TF_LOG", "TRACE"),
                "plan", "-detailed-exitcode", "-input=false", "-no-color");
        assertEquals(0, unchanged.exitCode(), "no drift right after apply:\n" + tail(unchanged.output()));

        TerraformCli.Result changed = target.run(terraformKey, "plan", "-detailed-exitcode", "-input=false", "-no-color",
                "-var", "description=zkmig target, reviewed", "-out=changed.tfplan");
        assertEquals(2, changed.exitCode(), changed.output());
        assertTrue(changed.output().contains("Plan: 0 to add, 1 to change, 0 to destroy."), changed.output());
        TerraformCli.Result show = target.run(terraformKey, "show", "-json", "changed.tfplan");
        assertEquals(0, show.exitCode(), show.output());
        List<String> changes = new ArrayList<>();
        for (JsonNode rc : JSON.readTree(show.output()).path("resource_changes")) {
            String actions = rc.at("/change/actions").toString();
            if (!actions.equals("[\"no-op\"]")) {
                changes.add(rc.path("address").asText() + " " + actions + " " + changedKeys(rc.at("/change/before"), rc.at("/change/after")));
            }
        }
        assertEquals(List.of("instaclustr_zookeeper_cluster_v2.target [\"update\"] [description]"), changes);

        TerraformCli.Result applied = target.run(terraformKey, "apply", "-input=false", "-no-color", "changed.tfplan");
        assertEquals(0, applied.exitCode(), applied.output());
        assertTrue(applied.output().contains("Resources: 0 added, 1 changed, 0 destroyed"), applied.output());
    }

    @Test
    @Order(4)
    void aForceNewChangePlansAReplacementAndAnImmutableChangeIsRefusedClearly() throws Exception {
        TerraformCli.Result replace = target.run(terraformKey, "plan", "-input=false", "-no-color",
                "-var", "description=zkmig target, reviewed", "-var", "number_of_nodes=5");
        assertEquals(0, replace.exitCode(), replace.output());
        assertTrue(replace.output().contains("instaclustr_zookeeper_cluster_v2.target must be replaced"), replace.output());
        assertTrue(replace.output().contains("# forces replacement"), replace.output());

        TerraformCli.Result apply = target.run(terraformKey, "apply", "-auto-approve", "-input=false", "-no-color",
                "-var", "description=zkmig target, reviewed", "-var", "network=10.31.0.0/16");
        assertNotEquals(0, apply.exitCode(), apply.output());
        assertTrue(apply.output().contains("immutable"), apply.output());
        assertFalse(apply.output().contains("Modifications complete"), apply.output());
    }

    @Test
    @Order(5)
    void anUnknownNodeSizeIsAClearTerraformError() throws Exception {
        TerraformCli bad = cli("bad-node-size");
        assertEquals(0, bad.run(terraformKey, "init", "-input=false", "-no-color").exitCode());
        TerraformCli.Result apply = bad.run(terraformKey, "apply", "-auto-approve", "-input=false", "-no-color");
        assertNotEquals(0, apply.exitCode(), apply.output());
        assertTrue(apply.output().contains("HTTP Response Status Code 400"), apply.output());
        assertTrue(apply.output().contains("\"name\":\"dataCentres[0].nodeSize\""), apply.output());
        assertTrue(apply.output().contains("Node size 'zookeeper-gigantic-x99.metal-9000' is not a valid Apache ZooKeeper node size"),
                apply.output());
    }

    @Test
    @Order(6)
    void aWrongKeyIsAClearTerraformErrorThatDoesNotEchoTheKey() throws Exception {
        String wrongKey = "Instaclustr-Terraform " + TestControlPlanes.USER + ":wrong-" + KEY.substring(0, 6);
        TerraformCli.Result plan = target.run(wrongKey, "plan", "-input=false", "-no-color");
        assertNotEquals(0, plan.exitCode(), plan.output());
        assertTrue(plan.output().contains("HTTP Response Status Code 401 - Unauthorized"), plan.output());
        assertTrue(plan.output().contains("invalid username or provisioning API key"), plan.output());
        assertFalse(plan.output().contains("wrong-" + KEY.substring(0, 6)), plan.output());
    }

    @Test
    @Order(7)
    void destroyRemovesTheBridgeAndTheClusterAndStopsItsServers() throws Exception {
        String clusterId = outputs().at("/cluster_id/value").asText();
        List<String> addresses = new ArrayList<>();
        outputs().at("/node_addresses/value").forEach(a -> addresses.add(a.asText()));
        long started = System.nanoTime();
        TerraformCli.Result destroy = target.run(terraformKey, "destroy", "-auto-approve", "-input=false", "-no-color",
                "-var", "description=zkmig target, reviewed");
        System.out.printf("terraform destroy: %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertEquals(0, destroy.exitCode(), destroy.output());
        assertTrue(destroy.output().contains("Resources: 3 destroyed"), destroy.output());
        assertFalse(controlPlane.clusterProcessesRunning(clusterId));
        assertTrue(zooKeeperProcesses().isEmpty(), "ZooKeeper processes left: " + zooKeeperProcesses());
        for (String address : addresses) {
            assertFalse(FourLetterWords.isServing(address, 32181), address + " still serves");
        }
    }

    private TerraformCli cli(String fixture) throws IOException, URISyntaxException {
        Path dir = tmp.resolve(fixture);
        Files.createDirectories(dir);
        var resource = getClass().getResource("/controlplane/hcl/" + fixture + "/main.tf");
        if (resource != null) {
            Files.copy(Path.of(resource.toURI()), dir.resolve("main.tf"));
        }
        TerraformCli cli = new TerraformCli(tools, dir, controlPlane.url());
        clis.add(cli);
        return cli;
    }

    private JsonNode outputs() throws Exception {
        TerraformCli.Result output = target.run(terraformKey, "output", "-json");
        assertEquals(0, output.exitCode(), output.output());
        return JSON.readTree(output.output());
    }

    /** ZooKeeper processes whose command line points into this test's control plane state. */
    private List<String> zooKeeperProcesses() {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(ProcessHandle::isAlive)
                    .map(p -> p.info().commandLine().orElse(""))
                    .filter(cmd -> cmd.contains(stateDir.toString()) && cmd.contains("QuorumPeerMain"))
                    .toList();
        }
    }

    private static List<String> changedKeys(JsonNode before, JsonNode after) {
        List<String> keys = new ArrayList<>();
        Iterator<String> names = after.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!Objects.equals(before.get(name), after.get(name))) {
                keys.add(name);
            }
        }
        return keys;
    }

    private static String tail(String text) {
        return text.length() < 4000 ? text : text.substring(text.length() - 4000);
    }
}
