package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hashicorp.cdktf.Testing;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A changed spec changes exactly the configuration it should and nothing else: what a reviewer sees in
 * the pull request's plan. Checked on the synthesized JSON of every stack.
 */
class PlanDiffTest {
    @TempDir
    Path dir;

    private Map<String, List<String>> diff(Stage before, Stage after, Consumer<ObjectNode> change) {
        // both sides have reached the later stage: the ledger holds what either stage needs
        MigrationSpec a = SpecFixture.demo(dir.resolve("a"), before);
        SpecFixture.recordNeeds(a, before);
        SpecFixture.recordNeeds(a, after);
        MigrationSpec b = SpecFixture.demo(dir.resolve("b"), after, change);
        SpecFixture.recordNeeds(b, before);
        SpecFixture.recordNeeds(b, after);
        Map<String, String> sa = Synth.json(a);
        Map<String, String> sb = Synth.json(b);
        assertEquals(sa.keySet(), sb.keySet());
        Map<String, List<String>> out = new java.util.TreeMap<>();
        sa.forEach((name, json) -> {
            // the two fixtures live in different folders: compare with the state paths made equal
            String left = json.replace(a.stateDir().toString(), "STATE");
            String right = sb.get(name).replace(b.stateDir().toString(), "STATE");
            List<String> paths = JsonDiff.paths(left, right);
            if (!paths.isEmpty()) {
                out.put(name, paths);
            }
        });
        return out;
    }

    @Test
    void anUnchangedSpecPlansNothing() {
        assertEquals(Map.of(), diff(Stage.OBSERVE, Stage.OBSERVE, t -> { }));
    }

    @Test
    void aNewClientAddressAddsOneFirewallRuleAndNothingElse() {
        Map<String, List<String>> d = diff(Stage.CUTOVER, Stage.CUTOVER,
                t -> ((ArrayNode) t.path("clients").get(0).path("addresses")).add("10.40.0.0/24"));
        assertEquals(Map.of("local-demo-target",
                List.of("/resource/instaclustr_cluster_network_firewall_rules_v2/firewall/firewall_rule changed")), d);
    }

    @Test
    void reorderingClientsPlansNothing() {
        assertEquals(Map.of(), diff(Stage.CUTOVER, Stage.CUTOVER, t -> {
            ArrayNode clients = (ArrayNode) t.path("clients");
            clients.insert(0, clients.remove(1));
        }));
    }

    @Test
    void observeOnlyProtectsTheCluster() {
        assertEquals(Map.of("local-demo-target",
                        List.of("/resource/instaclustr_zookeeper_cluster_v2/cluster/lifecycle/prevent_destroy changed")),
                diff(Stage.CONNECT, Stage.OBSERVE, t -> { }));
    }

    @Test
    void disconnectRemovesTheBridgeAndTheLegacyRuleOnly() {
        Map<String, List<String>> d = diff(Stage.SPLIT, Stage.DISCONNECT, t -> { });
        assertEquals(List.of("local-demo-bridge", "local-demo-bridge-aws", "local-demo-target"), List.copyOf(d.keySet()));
        assertEquals(List.of("/data removed", "/output removed", "/resource removed"), d.get("local-demo-bridge"));
        assertEquals(List.of("/data removed", "/resource removed"), d.get("local-demo-bridge-aws"));
        assertEquals(List.of("/resource/instaclustr_cluster_network_firewall_rules_v2/firewall/firewall_rule changed"),
                d.get("local-demo-target"));
    }

    @Test
    void decommissionOnlyLiftsTheLegacyProtection() {
        Map<String, List<String>> d = diff(Stage.DISCONNECT, Stage.DECOMMISSION, t -> { });
        assertEquals(List.of("local-demo-legacy"), List.copyOf(d.keySet()));
        d.get("local-demo-legacy").forEach(p -> assertEquals(true, p.endsWith("/lifecycle/prevent_destroy changed"), p));
        assertEquals(3, d.get("local-demo-legacy").size());
    }

    @Test
    void theMatchersSeeAChangedValue() {
        MigrationSpec spec = SpecFixture.demo(dir, Stage.PROVISION);
        String json = Synth.json(spec).get("local-demo-target");
        assertFalse(Testing.toHaveResourceWithProperties(json, "instaclustr_zookeeper_cluster_v2",
                Map.of("data_centre", List.of(Map.of("number_of_nodes", 5)))));
    }
}
