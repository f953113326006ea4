package io.zkmig.sandbox.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.cli.ExitCodes;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SpecLoader;
import io.zkmig.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, end to end: the demo migration of stacks/examples/local.yaml on real
 * ZooKeeper processes, the local control plane, cdktf and the real Instaclustr provider, the legacy account in the
 * AWS emulator (the bridge's AWS side applied by the sandbox's stand-in and checked by zkmig). Its credentials
 * come from files here (the demo script puts them in the environment instead).
 */
@Tag("terraform")
@Tag("zookeeper")
@Tag("aws")
class DemoTest {
    static final String SUPER_PASSWORD = "demo-test-super";
    static final String API_KEY = "demo-test-api-key";

    @Test
    void theDemoMigratesWithNoFailedOperationNoLostWriteAndOneLeaderChange(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("super.password"), SUPER_PASSWORD);
        Files.writeString(dir.resolve("api.key"), API_KEY);
        String spec = Files.readString(Path.of("stacks/examples/local.yaml"))
                .replace("superUser: { env: ZKMIG_SUPER_PASSWORD }", "superUser: { file: super.password }")
                .replace("apiKey: { env: IC_API_KEY }", "apiKey: { file: api.key }")
                .replace("dir: ../../.zkmig/local-demo", "dir: state");
        Path file = dir.resolve("local.yaml");
        Files.writeString(file, spec);

        Cli demo = Cli.run("demo", "--spec", file.toString(), "--warmup", "2s");

        assertEquals(ExitCodes.OK, demo.exitCode(), demo.toString());
        for (String stage : new String[] {"== aws:", "== provision:", "== connect:", "== observe:", "== verify:",
                "== cutover:", "== split:"}) {
            assertTrue(demo.out().contains(stage), "the demo ran " + stage);
        }
        assertTrue(demo.out().contains(DemoBridgeAws.STAND_IN + ": the demo plays the legacy account's owner applying "
                + "local-demo-bridge-aws"), demo.out());
        assertTrue(java.util.regex.Pattern.compile("accepted pcx-\\w+, the peering the control plane requested from "
                + "10\\.30\\.0\\.0/16").matcher(demo.out()).find(), demo.out());
        assertTrue(java.util.regex.Pattern.compile("(LocalStack|moto) at http://127\\.0\\.0\\.1:\\d+ \\(pid \\d+\\): "
                + "healthy after [\\d.]+ s, RSS \\d+ MB").matcher(demo.out()).find(), "start time and memory: " + demo.out());
        MigrationSpec working = SpecLoader.load(dir.resolve("state/demo/local-demo.yaml"));
        AwsNetwork network = working.legacy().network();
        AwsNetwork example = SpecLoader.load(file).legacy().network();
        assertTrue(network.endpoint().startsWith("http://127.0.0.1:"), "the working spec reads the emulator: " + network);
        assertEquals(DemoAws.PROFILE, network.profile());
        for (String id : List.of(network.vpcId(), network.subnets().get(0), network.routeTables().get(0),
                network.securityGroup())) {
            assertFalse(example.toString().contains(id), id + " is the emulator's, not the example's placeholder");
        }
        assertTrue(network.vpcId().startsWith("vpc-") && network.securityGroup().startsWith("sg-"), network.toString());
        assertEquals(3, network.instances().size(), network.toString());
        assertEquals(3, network.volumes().size(), network.toString());
        for (String id : List.of(network.vpcId(), network.routeTables().get(0), network.securityGroup())) {
            assertTrue(demo.out().contains(id), "the demo shows " + id);
        }
        // the bridge check of the emulator's account, shown at the bridge stage
        assertTrue(demo.out().contains("PASS  " + network.routeTables().get(0) + ": routes 10.30.0.0/16 to pcx-"), demo.out());
        assertTrue(demo.out().contains("PASS  " + network.securityGroup() + ": admits tcp 12181 (client port), "
                + "12888 (quorum port), 13888 (election port) from 10.30.0.0/16"), demo.out());
        assertFalse(demo.out().contains("FAIL  "), demo.out());
        assertTrue(demo.out().contains("split report: COMPLETED"), demo.out());
        // exactly one: "11 leader changes" must not pass for it
        assertTrue(java.util.regex.Pattern.compile("leaders \\(servers\\) \\[\\d+, \\d+\\]: 1 leader change,")
                .matcher(demo.out()).find(), demo.out());
        assertTrue(demo.out().contains("acknowledged writes missing: 0"), demo.out());
        assertTrue(demo.out().contains("demo finished: no failed operation, no lost write, never two leaders"));
        assertFalse(demo.toString().contains(SUPER_PASSWORD), "the super password is never printed");
        assertFalse(demo.toString().contains(API_KEY), "the API key is never printed");
        assertEquals(java.util.List.of(), processesMentioning(dir.toString()), "no process of the demo is left");
    }

    /** Pids whose full command line (from /proc: ProcessHandle.Info truncates long class paths) names {@code text}. */
    static java.util.List<Long> processesMentioning(String text) throws java.io.IOException {
        java.util.List<Long> pids = new java.util.ArrayList<>();
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (cmdline.contains(text)) {
                        pids.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (java.io.IOException gone) {
                    // the process ended while we looked
                }
            }
        }
        return pids;
    }
}
