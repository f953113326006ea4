package io.zkmig.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecLoaderTest {
    static final Path EXAMPLE = Path.of("stacks/examples/local.yaml");
    static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void theExampleSpecIsAccepted() throws Exception {
        MigrationSpec spec = SpecLoader.load(EXAMPLE);
        assertEquals("local-demo", spec.name());
        assertEquals(Stage.DEFINE, spec.stage());
        assertEquals(3, spec.legacy().servers().size());
        assertEquals("3.9.3", spec.target().version());
        assertEquals(ClientGroup.Connection.FIXED, spec.clientGroup("orders-api").orElseThrow().connection());
        assertEquals("env:IC_API_KEY", spec.credentials().instaclustr().apiKey().toString());
    }

    @Test
    void targetVersionDefaultsToWhatInstaclustrOffers() throws Exception {
        ObjectNode tree = example();
        ((ObjectNode) tree.get("target")).remove("version");
        ((ObjectNode) tree.get("target")).remove("servers");
        assertEquals("3.9.3", SpecLoader.parse("t.yaml", YAML.writeValueAsString(tree)).target().version());
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                bad("missing name", "name", t -> t.remove("name")),
                bad("name with capitals", "name", t -> t.put("name", "Local_Demo")),
                bad("unknown top-level field (typo)", "stgae", t -> t.put("stgae", "observe")),
                bad("unknown stage", "stage", t -> t.put("stage", "migrate")),
                bad("no legacy servers", "legacy.servers", t -> legacyServers(t).removeAll()),
                bad("legacy id zero", "legacy.servers[0].id", t -> legacyServer(t, 0).put("id", 0)),
                bad("duplicate legacy id", "legacy.servers[1].id", t -> legacyServer(t, 1).put("id", 1)),
                bad("port out of range", "legacy.servers[2].clientPort", t -> legacyServer(t, 2).put("clientPort", 70000)),
                bad("typo in a server field", "legacy.servers[0].clientPrt", t -> legacyServer(t, 0).put("clientPrt", 2181)),
                bad("malformed version", "legacy.servers[0].version", t -> legacyServer(t, 0).put("version", "3.8")),
                bad("too-old ZooKeeper", "legacy.servers[0].version", t -> legacyServer(t, 0).put("version", "3.3.6")),
                bad("same ports on one server", "legacy.servers[0]", t -> legacyServer(t, 0).put("quorumPort", 12181)),
                bad("two servers on one address", "legacy.servers[1]", t -> legacyServer(t, 1).put("host", "127.0.1.1")),
                bad("bad VPC id", "legacy.network.vpcId", t -> network(t).put("vpcId", "vpc-XYZ")),
                bad("bad legacy CIDR", "legacy.network.cidr", t -> network(t).put("cidr", "10.20.0.0/33")),
                bad("CIDR with host bits", "target.networkCidr", t -> target(t).put("networkCidr", "10.30.1.0/16")),
                bad("account id too short", "legacy.network.accountId", t -> network(t).put("accountId", "1234")),
                bad("node count 4", "target.nodeCount", t -> target(t).put("nodeCount", 4)),
                bad("unknown node size", "target.nodeSize", t -> target(t).put("nodeSize", "zk-huge-1")),
                bad("version not offered", "target.version", t -> target(t).put("version", "3.4.14")),
                bad("unknown region", "target.region", t -> target(t).put("region", "MARS_NORTH_1")),
                bad("production SLA on developer nodes", "target.slaTier", t -> target(t).put("slaTier", "PRODUCTION")),
                bad("target servers do not match node count", "target.servers", t -> ((ArrayNode) target(t).get("servers")).remove(2)),
                bad("unknown client connection kind", "clients[0].connection", t -> client(t, 0).put("connection", "sometimes")),
                bad("bad connect string", "clients[1].after", t -> client(t, 1).put("after", "127.0.2.1")),
                bad("duplicate client group", "clients[1].name", t -> client(t, 1).put("name", "orders-api")),
                bad("latch path not absolute", "clients[1].latchPaths[0]", t -> ((ArrayNode) client(t, 1).get("latchPaths")).set(0, "leader")),
                bad("inline API key", "credentials.instaclustr.apiKey", t -> ((ObjectNode) t.get("credentials").get("instaclustr")).put("apiKey", "s3cr3t-value")),
                bad("secret ref with both env and file", "credentials.instaclustr.apiKey", t -> ((ObjectNode) t.get("credentials").get("instaclustr").get("apiKey")).put("file", "/tmp/key")),
                bad("s3 backend without bucket", "state.backend.bucket", t -> ((ObjectNode) t.get("state")).putObject("backend").put("type", "s3").put("region", "us-east-1")),
                bad("ssh nodes without ssh block", "nodes.ssh", t -> ((ObjectNode) t.get("nodes")).put("mode", "ssh")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void aBadSpecIsRejectedNamingTheFieldPath(String why, String expectedPath, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode tree = example();
        breakIt.accept(tree);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> SpecLoader.parse("stacks/broken.yaml", YAML.writeValueAsString(tree)));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(expectedPath)),
                why + ": expected a problem at " + expectedPath + " but got " + e.problems());
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("stacks/broken.yaml")));
        assertFalse(e.getMessage().contains("s3cr3t-value"), "an inline secret must never be echoed");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        ObjectNode tree = example();
        tree.put("stage", "nope");
        target(tree).put("nodeCount", 7);
        legacyServer(tree, 0).put("colour", "blue");
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> SpecLoader.parse("x.yaml", YAML.writeValueAsString(tree)));
        assertEquals(3, e.problems().size(), e.getMessage());
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() {
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> SpecLoader.parse("x.yaml", "name: a\nstage: [define\n"));
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void aMissingFileIsAClearError(@org.junit.jupiter.api.io.TempDir Path dir) {
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SpecLoader.load(dir.resolve("nope.yaml")));
        assertTrue(e.getMessage().contains("file not found"));
    }

    @Test
    void everySpecUnderStacksLoads() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("stacks"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                SpecLoader.load(f);
            }
        }
    }

    private static Arguments bad(String why, String path, Consumer<ObjectNode> mutation) {
        return Arguments.of(why, path, mutation);
    }

    static ObjectNode example() throws Exception {
        return (ObjectNode) YAML.readTree(EXAMPLE.toFile());
    }

    private static ArrayNode legacyServers(ObjectNode t) {
        return (ArrayNode) t.get("legacy").get("servers");
    }

    private static ObjectNode legacyServer(ObjectNode t, int i) {
        return (ObjectNode) legacyServers(t).get(i);
    }

    private static ObjectNode network(ObjectNode t) {
        return (ObjectNode) t.get("legacy").get("network");
    }

    private static ObjectNode target(ObjectNode t) {
        return (ObjectNode) t.get("target");
    }

    private static ObjectNode client(ObjectNode t, int i) {
        return (ObjectNode) t.get("clients").get(i);
    }
}
