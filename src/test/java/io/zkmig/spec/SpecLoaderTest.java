package io.zkmig.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void theLedgerIsTheStateFoldersFileUnlessTheSpecNamesAnS3Object() throws Exception {
        assertEquals(LedgerSpec.IN_STATE_DIR, SpecLoader.load(EXAMPLE).state().ledger());
        ObjectNode tree = example();
        ((ObjectNode) tree.get("state")).putObject("ledger").put("type", "s3").put("bucket", "acme-zkmig")
                .put("key", "migrations/orders/ledger.jsonl").put("region", "eu-west-1").put("profile", "zkmig");
        LedgerSpec l = SpecLoader.parse("stacks/s3.yaml", YAML.writeValueAsString(tree)).state().ledger();
        assertTrue(l.isS3());
        assertEquals("s3://acme-zkmig/migrations/orders/ledger.jsonl", l.location());
        assertEquals("eu-west-1", l.region());
        assertEquals("zkmig", l.profile());
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
                bad("s3 ledger without bucket", "state.ledger.bucket", t -> ((ObjectNode) t.get("state")).putObject("ledger").put("type", "s3").put("key", "m/ledger.jsonl")),
                bad("s3 ledger without key", "state.ledger.key", t -> ((ObjectNode) t.get("state")).putObject("ledger").put("type", "s3").put("bucket", "acme-zkmig")),
                bad("an AWS secret key in the s3 ledger", "state.ledger.secretAccessKey", t -> ((ObjectNode) t.get("state")).putObject("ledger")
                        .put("type", "s3").put("bucket", "acme-zkmig").put("key", "m/ledger.jsonl").put("secretAccessKey", "s3cr3t-value")),
                bad("an access key id in the s3 ledger", "state.ledger.accessKeyId", t -> ((ObjectNode) t.get("state")).putObject("ledger")
                        .put("type", "s3").put("bucket", "acme-zkmig").put("key", "m/ledger.jsonl").put("accessKeyId", "s3cr3t-value")),
                bad("an unknown ledger type", "state.ledger.type", t -> ((ObjectNode) t.get("state")).putObject("ledger").put("type", "dynamodb")),
                bad("a file ledger with a bucket", "state.ledger", t -> ((ObjectNode) t.get("state")).putObject("ledger").put("type", "file").put("bucket", "acme-zkmig")),
                bad("ssh nodes without ssh block", "nodes.ssh", t -> ((ObjectNode) t.get("nodes")).put("mode", "ssh")),
                bad("two servers on one host with the same adminPort", "legacy.servers[1]", t -> legacyServer(t, 1)
                        .put("host", "127.0.1.1").put("clientPort", 22181).put("quorumPort", 22888).put("electionPort", 23888)),
                bad("localhost and 127.0.0.1 with the same ports", "legacy.servers[1]", t -> {
                    legacyServer(t, 0).put("host", "localhost");
                    legacyServer(t, 1).put("host", "127.0.0.1");
                }),
                bad("a host that is no IPv4 address", "legacy.servers[0].host", t -> legacyServer(t, 0).put("host", "999.1.1.1")),
                bad("a connect string host that is no IPv4 address", "clients[0].before", t -> client(t, 0).put("before", "999.1.1.1:2181")),
                bad("chroot with an empty segment", "clients[0].after", t -> client(t, 0).put("after", "127.0.2.1:12181//x")),
                bad("latch path ending in /", "clients[1].latchPaths[0]", t -> ((ArrayNode) client(t, 1).get("latchPaths")).set(0, "/a/")),
                bad("latch path with an empty segment", "clients[1].latchPaths[0]", t -> ((ArrayNode) client(t, 1).get("latchPaths")).set(0, "/b//c")));
    }

    /** What a pattern in the schema expects is said in words, with the value that did not fit; never the pattern. */
    static Stream<Arguments> valuesThatDoNotFitAPattern() {
        return Stream.of(
                fits("legacy.servers[0].host", "::1", "host name or IPv4 address", t -> legacyServer(t, 0).put("host", "::1")),
                fits("legacy.servers[0].version", "3.9.3 ", "three numbers separated by dots", t -> legacyServer(t, 0).put("version", "3.9.3 ")),
                fits("target.version", "3.9.3 ", "three numbers separated by dots", t -> target(t).put("version", "3.9.3 ")),
                fits("target.region", "us_east_1", "upper-case words joined by underscores", t -> target(t).put("region", "us_east_1")),
                fits("name", "demo-", "ending with a letter or digit", t -> t.put("name", "demo-")),
                fits("target.clusterName", "-zk", "starting with a letter or digit", t -> target(t).put("clusterName", "-zk")),
                fits("clients[0].name", "Orders", "lower-case letters", t -> client(t, 0).put("name", "Orders")),
                fits("credentials.instaclustr.apiUrl", "api.example.com", "starts with http:// or https://",
                        t -> ((ObjectNode) t.get("credentials").get("instaclustr")).put("apiUrl", "api.example.com")),
                fits("credentials.instaclustr.apiKey.env", "ic-key", "environment variable name",
                        t -> ((ObjectNode) t.get("credentials").get("instaclustr").get("apiKey")).put("env", "ic-key")),
                fits("legacy.network.accountId", "1234", "exactly 12 digits", t -> network(t).put("accountId", "1234")),
                fits("legacy.network.region", "US_EAST_1", "lower-case words joined by dashes", t -> network(t).put("region", "US_EAST_1")),
                fits("legacy.network.vpcId", "vpc-XYZ", "hexadecimal digits", t -> network(t).put("vpcId", "vpc-XYZ")),
                fits("legacy.network.subnets[0]", "sub-1", "subnet id", t -> ((ArrayNode) network(t).get("subnets")).set(0, "sub-1")),
                fits("legacy.network.routeTables[0]", "rt-1", "route table id", t -> ((ArrayNode) network(t).get("routeTables")).set(0, "rt-1")),
                fits("legacy.network.securityGroup", "sg-1", "security group id", t -> network(t).put("securityGroup", "sg-1")),
                fits("legacy.network.volumes[0]", "vol-1", "EBS volume id", t -> ((ArrayNode) network(t).get("volumes")).set(0, "vol-1")),
                fits("legacy.network.instances[0]", "i-1", "EC2 instance id", t -> network(t).putArray("instances").add("i-1")),
                fits("state.backend.bucket", "My_Bucket", "S3 bucket name",
                        t -> ((ObjectNode) t.get("state")).putObject("backend").put("type", "s3").put("bucket", "My_Bucket").put("region", "us-east-1")),
                fits("state.backend.region", "US_EAST_1", "lower-case words joined by dashes",
                        t -> ((ObjectNode) t.get("state")).putObject("backend").put("type", "s3").put("bucket", "b-1").put("region", "US_EAST_1")),
                fits("state.backend.endpoint", "localhost:4566", "starts with http:// or https://",
                        t -> ((ObjectNode) t.get("state")).putObject("backend").put("type", "s3").put("bucket", "b-1").put("region", "us-east-1").put("endpoint", "localhost:4566")),
                fits("state.ledger.bucket", "My_Bucket", "S3 bucket name",
                        t -> ((ObjectNode) t.get("state")).putObject("ledger").put("type", "s3").put("bucket", "My_Bucket").put("key", "m/l")),
                fits("state.ledger.key", "/m/ledger/", "neither starts nor ends with /",
                        t -> ((ObjectNode) t.get("state")).putObject("ledger").put("type", "s3").put("bucket", "b-1").put("key", "/m/ledger/")),
                fits("state.ledger.endpoint", "localhost:4566", "starts with http:// or https://",
                        t -> ((ObjectNode) t.get("state")).putObject("ledger").put("type", "s3").put("bucket", "b-1").put("key", "m/l").put("endpoint", "localhost:4566")),
                fits("nodes.ssh.configDir", "etc/zookeeper", "absolute path", t -> ((ObjectNode) t.get("nodes")).put("mode", "ssh")
                        .putObject("ssh").put("user", "zk").put("configDir", "etc/zookeeper").put("restartCommand", "systemctl restart zookeeper")));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("valuesThatDoNotFitAPattern")
    void aValueThatDoesNotFitIsExplainedInWords(String path, String value, String words, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode tree = example();
        breakIt.accept(tree);
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> SpecLoader.parse("stacks/broken.yaml", YAML.writeValueAsString(tree)));
        SpecProblem problem = e.problems().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + ": " + e.problems()));
        assertTrue(problem.message().startsWith("'" + value + "' is not "), problem.message());
        assertTrue(problem.message().contains(words), problem.message());
        assertFalse(problem.message().matches(".*(\\^|\\$|\\[a-z|\\{[0-9]|regex).*"), "quotes a pattern: " + problem.message());
    }

    @Test
    void everyPatternInTheSchemaIsExplainedInWords() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SpecLoader.class.getResource("migration-spec.schema.json"));
        List<String> withPattern = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        collectPatterns(schema, withPattern, unexplained);
        assertTrue(withPattern.size() >= 20, "the schema's patterns were not found: " + withPattern);
        assertEquals(List.of(), unexplained, "patterns without a message in words");
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
        List<Path> specs;
        try (Stream<Path> files = Files.walk(Path.of("stacks"))) {
            specs = files.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertTrue(specs.contains(EXAMPLE), "the walk must find at least the example spec, found " + specs);
        for (Path f : specs) {
            SpecLoader.load(f);
        }
    }

    @Test
    void aKeyGivenTwiceIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("twice.yaml");
        Files.writeString(file, Files.readString(EXAMPLE).replace("stage: define\n", "stage: define\nstage: split\n"));
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SpecLoader.load(file));
        SpecProblem p = e.problems().get(0);
        assertEquals("stage", p.path(), e.getMessage());
        assertTrue(p.message().contains("line 7") && p.message().contains("'stage' appears twice"), p.message());
    }

    @Test
    void aKeyGivenTwiceInsideAServerNamesItsFieldPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("twice.yaml");
        Files.writeString(file, Files.readString(EXAMPLE).replaceFirst("\\{ id: 2, host: 127.0.1.2,", "{ id: 2, host: 127.0.1.2, id: 4,"));
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SpecLoader.load(file));
        assertEquals("legacy.servers[1].id", e.problems().get(0).path(), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("line 11"), e.getMessage());
    }

    @Test
    void aSecondYamlDocumentIsAnErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("two.yaml");
        String example = Files.readString(EXAMPLE);
        Files.writeString(file, example + "---\nname: other\n");
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SpecLoader.load(file));
        int markerLine = (int) example.lines().count() + 1;
        assertTrue(e.getMessage().contains("second YAML document starts at line " + markerLine), e.getMessage());
    }

    @Test
    void anEmptySecondDocumentIsAnErrorToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("two.yaml");
        Files.writeString(file, Files.readString(EXAMPLE) + "---\n");
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SpecLoader.load(file));
        assertTrue(e.getMessage().contains("second YAML document"), e.getMessage());
    }

    private static Arguments bad(String why, String path, Consumer<ObjectNode> mutation) {
        return Arguments.of(why, path, mutation);
    }

    /** Every schema object with a pattern (not descending into the messages themselves). */
    private static void collectPatterns(JsonNode node, List<String> patterns, List<String> unexplained) {
        if (node.has("pattern") && node.get("pattern").isTextual()) {
            patterns.add(node.get("pattern").asText());
            if (!node.path("message").path("pattern").isTextual()) {
                unexplained.add(node.get("pattern").asText());
            }
        }
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("message")) {
                collectPatterns(e.getValue(), patterns, unexplained);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> collectPatterns(child, patterns, unexplained));
        }
    }

    private static Arguments fits(String path, String value, String words, Consumer<ObjectNode> mutation) {
        return Arguments.of(path, value, words, mutation);
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
