package io.zkmig.sandbox.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.zkmig.spec.ServerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class BridgeRulesTest {
    private static final ServerSpec LEGACY = new ServerSpec(1, "127.0.1.1", 2181, 2888, 3888, null, "3.8.4");
    private static final ServerSpec TARGET = new ServerSpec(11, "127.0.2.1", 2191, 2898, 3898, null, "3.9.3");
    private static final BridgeRules RULES = new BridgeRules("zkmig_m1", "out", "unified/zkmig-m1/legacy",
            "unified/zkmig-m1/target", 2, List.of(LEGACY), List.of(TARGET));

    @Test
    void aClosedBridgeDropsTargetToEveryLegacyPortAndLegacyToTheTargetQuorumPortsInOneFlushedTransaction() {
        assertEquals("""
                flush chain inet zkmig_m1 out
                add rule inet zkmig_m1 out socket cgroupv2 level 2 "unified/zkmig-m1/target" ip daddr 127.0.1.1 tcp dport { 2181, 2888, 3888 } drop
                add rule inet zkmig_m1 out socket cgroupv2 level 2 "unified/zkmig-m1/legacy" ip daddr 127.0.2.1 tcp dport { 2898, 3898 } drop
                """, RULES.bridge(false));
    }

    @Test
    void anOpenBridgeOnlyFlushes() {
        assertEquals("flush chain inet zkmig_m1 out\n", RULES.bridge(true));
    }

    @Test
    void theTableHasOneAcceptingOutputChain() {
        assertEquals("""
                add table inet zkmig_m1
                add chain inet zkmig_m1 out { type filter hook output priority 0; policy accept; }
                """, RULES.createTable());
        assertEquals("delete table inet zkmig_m1\n", RULES.deleteTable());
    }

    @Test
    void namesAreSanitizedAndANameWithoutLettersIsRefused() {
        assertEquals("split-test-1", SandboxNetwork.sanitize("Split Test/1", '-'));
        assertEquals("split_test_1", SandboxNetwork.sanitize("Split Test/1", '_'));
        assertThrows(IllegalArgumentException.class, () -> SandboxNetwork.sanitize("../", '-'));
    }
}
