package io.zkmig.sandbox.controlplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.ledger.Milestone;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecLoader;
import io.zkmig.spec.Stage;
import io.zkmig.stacks.CdktfCli;
import io.zkmig.stacks.TerraformEnvironment;
import io.zkmig.testing.SpecFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's commands themselves: {@code cdktf deploy} and {@code cdktf destroy} of the target stack and
 * of the Instaclustr side of the bridge, through cdktf-cli, the real Instaclustr provider from the local mirror
 * and the local control plane. Real ZooKeeper servers serve after deploy and are gone after destroy.
 */
@Tag("terraform")
@Tag("zookeeper")
class CdktfDeployDestroyTest {
    static final String KEY = "cdktf-test-key-7d1f";

    @TempDir
    Path dir;

    @Test
    void deployProvisionsServingServersAndThePeeringAndDestroyRemovesThem() throws Exception {
        Toolchain.get();
        ControlPlaneSettings base = TestControlPlanes.settings(dir.resolve("control-plane"), KEY);
        ControlPlaneSettings settings = new ControlPlaneSettings(base.bindAddress(), base.port(), base.stateDir(),
                new ApiCredentials("test", KEY), base.firstNodeAddress(), base.clientPort(), base.quorumPort(),
                base.electionPort(), base.adminPort(), base.firstMyId(), base.zookeeperVersions(), base.reconfigEnabled());
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true);
        List<String> nodes = new ArrayList<>();
        try (ControlPlane controlPlane = ControlPlane.start(settings, new ControlPlaneLog(out))) {
            MigrationSpec spec = SpecLoader.load(SpecFixture.of(List.of(new io.zkmig.spec.ServerSpec(1, "127.0.1.250",
                    12181, 12888, 13888, null, "3.8.4")), List.of()).awsNetwork(SpecFixture.exampleNetwork()).stage(Stage.CONNECT).write(dir.resolve("spec")));
            try (FileLedger ledger = FileLedger.open(spec.stateDir())) {
                // the bridge stack is allowed once the runner recorded the target as provisioned
                ledger.append(LedgerEntry.milestone(Milestone.TARGET_PROVISIONED, LedgerEntry.Status.DONE, Map.of()));
            }
            Map<String, String> env = new HashMap<>(TerraformEnvironment.forSpec(spec, Map.of("IC_API_KEY", KEY)));
            env.put(TerraformEnvironment.API_URL, controlPlane.url());
            CdktfCli cdktf = new CdktfCli(dir.resolve("cdktf.out"), env, out);
            String target = spec.name() + "-target";
            String bridge = spec.name() + "-bridge";

            cdktf.deploy(List.of(target));
            for (int i = 0; i < 3; i++) {
                nodes.add(nextAddress(settings.firstNodeAddress(), i));
            }
            for (String node : nodes) {
                assertTrue(FourLetterWords.isServing(node, settings.clientPort()), node + " serves after deploy\n" + captured);
            }
            cdktf.deploy(List.of(bridge));
            assertEquals(1, resources(spec, bridge, "instaclustr_aws_vpc_peer_v2"), "the peering exists\n" + captured);
            assertEquals(1, resources(spec, target, "instaclustr_cluster_network_firewall_rules_v2"));
            for (Path f : List.of(spec.stateDir().resolve("terraform/" + target + ".tfstate"),
                    spec.stateDir().resolve("terraform/" + target + ".tfstate.backup"),
                    spec.stateDir().resolve("terraform/" + bridge + ".tfstate"), settings.stateDir().resolve("state.json"))) {
                assertEquals("rw-------", mode(f), f + " is the owner's alone");
            }
            for (Path d : List.of(spec.stateDir(), spec.stateDir().resolve("terraform"), dir.resolve("cdktf.out"),
                    dir.resolve("cdktf.out/stacks/" + target))) {
                assertEquals("rwx------", mode(d), d + " is the owner's alone");
            }

            cdktf.destroy(List.of(bridge));
            assertEquals(0, resources(spec, bridge, "instaclustr_aws_vpc_peer_v2"), "the peering is gone\n" + captured);
            cdktf.destroy(List.of(target));
            for (String node : nodes) {
                assertFalse(FourLetterWords.isServing(node, settings.clientPort()), node + " is gone after destroy");
            }
        }
        assertFalse(captured.toString().contains(KEY), "the API key never appears in cdktf's or terraform's output");
    }

    private static String mode(Path p) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** How many resources of a type the stack's local state holds. */
    private static int resources(MigrationSpec spec, String stack, String type) throws Exception {
        Path state = spec.stateDir().resolve("terraform").resolve(stack + ".tfstate");
        if (!Files.exists(state)) {
            return 0;
        }
        int n = 0;
        for (JsonNode r : new ObjectMapper().readTree(state.toFile()).path("resources")) {
            if (type.equals(r.path("type").asText()) && "managed".equals(r.path("mode").asText())) {
                n += r.path("instances").size();
            }
        }
        return n;
    }

    private static String nextAddress(String first, int offset) {
        int dot = first.lastIndexOf('.');
        return first.substring(0, dot + 1) + (Integer.parseInt(first.substring(dot + 1)) + offset);
    }
}
