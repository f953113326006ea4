package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SpecFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zkmig status} and {@code zkmig preflight} against real ensembles. */
@Tag("zookeeper")
class StatusAndPreflightTest {
    static final String PASSWORD = "preflight-secret";
    static LocalEnsemble legacy;
    static LocalEnsemble target;

    @TempDir
    Path dir;

    @BeforeAll
    static void startEnsembles() {
        legacy = LocalEnsemble.builder("legacy", "3.8.4").servers(3).superPassword(PASSWORD).start();
        target = LocalEnsemble.builder("target", "3.9.3").servers(3).firstId(11).addressBlock(2).start();
    }

    @AfterAll
    static void stopEnsembles() {
        if (target != null) {
            target.close();
        }
        if (legacy != null) {
            legacy.close();
        }
    }

    @Test
    void statusShowsEveryServersRoleZxidConfigVersionZnodesAndSessions() throws Exception {
        Path spec = SpecFixture.of(legacy.specs(), target.specs()).superPassword(PASSWORD).write(dir);
        Cli table = Cli.run("status", spec.toString());
        assertEquals(ExitCodes.OK, table.exitCode(), table.toString());
        assertTrue(table.out().contains("leader") && table.out().contains("follower"), table.out());

        Cli json = Cli.run("status", spec.toString(), "--json");
        JsonNode status = Json.mapper().readTree(json.out());
        for (String side : List.of("legacy", "target")) {
            JsonNode servers = status.get(side);
            assertEquals(3, servers.size());
            long leaders = 0;
            for (JsonNode s : servers) {
                leaders += "leader".equals(s.get("role").asText()) ? 1 : 0;
                assertTrue(s.get("status").has("zxid"), s.toString());
                assertTrue(s.get("status").get("configVersion").asLong() > 0, s.toString());
                assertTrue(s.get("status").get("znodeCount").asLong() >= 4, s.toString());
                assertTrue(s.get("status").has("connections"), s.toString());
            }
            assertEquals(1, leaders, side + " has one leader");
        }
        // nothing recorded yet: the lifecycle names the target's deploy, then zkmig provisioned, as text and JSON
        assertTrue(table.out().contains("lifecycle: defined: nothing recorded yet"), table.out());
        JsonNode lifecycle = status.get("lifecycle");
        assertEquals("define", lifecycle.get("stage").asText(), lifecycle.toString());
        assertEquals("cdktf deploy itest-target", lifecycle.get("next").get(0).get("command").asText(), lifecycle.toString());
        assertEquals("zkmig provisioned " + spec, lifecycle.get("next").get(1).get("command").asText(), lifecycle.toString());
        assertTrue(table.out().contains("  next:     set `stage: provision` in " + spec + ", then `cdktf deploy itest-target`"),
                table.out());
    }

    @Test
    void statusExitsUnreachableWhenNoLegacyServerAnswers() {
        List<ServerSpec> nobody = List.of(new ServerSpec(1, "127.0.1.250", 1, 2, 3, null, "3.8.4"));
        Path spec = SpecFixture.of(nobody, List.of()).write(dir);
        Cli result = Cli.run("status", spec.toString());
        assertEquals(ExitCodes.UNREACHABLE, result.exitCode(), result.toString());
        assertTrue(result.out().contains("down"), result.out());
    }

    @Test
    void statusStillPassesWhenTheLegacyAccountDoesNotAnswerAndSaysSo() {
        Path spec = SpecFixture.of(legacy.specs(), target.specs()).superPassword(PASSWORD)
                .cidrs("10.20.0.0/16", "10.30.0.0/16").write(dir);
        Cli result = Cli.run("status", spec.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertTrue(result.out().contains("\nlegacy account: http://127.0.0.1:9\n  cannot read the legacy account at "
                + "http://127.0.0.1:9: "), result.out());
        assertTrue(result.out().contains("(the rest of the status does not depend on it)"), result.out());
    }

    @Test
    void preflightPassesAHealthyMigrationAndChangesNothing() throws Exception {
        Path spec = SpecFixture.of(legacy.specs(), target.specs()).superPassword(PASSWORD).write(dir);
        String configBefore = Cli.run("status", spec.toString(), "--json").out();
        Cli result = Cli.run("preflight", spec.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertFalse(result.out().contains("FAIL "), result.out());
        assertTrue(result.out().contains("reconfig is enabled and the credential may change /zookeeper/config"));
        JsonNode before = Json.mapper().readTree(configBefore);
        JsonNode after = Json.mapper().readTree(Cli.run("status", spec.toString(), "--json").out());
        for (int i = 0; i < 3; i++) {
            assertEquals(before.get("legacy").get(i).get("status").get("configVersion"),
                    after.get("legacy").get(i).get("status").get("configVersion"), "preflight proposed no config");
        }
    }

    @Test
    void preflightFailsAMyidCollisionNamingTheServer() {
        List<ServerSpec> colliding = target.specs().stream()
                .map(s -> new ServerSpec(s.id() - 10, s.host(), s.clientPort(), s.quorumPort(), s.electionPort(), s.adminPort(), s.version()))
                .toList();
        Path spec = SpecFixture.of(legacy.specs(), colliding).superPassword(PASSWORD).write(dir);
        Cli result = Cli.run("preflight", spec.toString(), "--json");
        assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), result.toString());
        assertTrue(result.out().contains("myid 1 is also a legacy server's id"), result.out());
    }

    @Test
    void preflightFailsAWrongSuperUserCredentialWithoutPrintingIt() {
        Path spec = SpecFixture.of(legacy.specs(), target.specs()).superPassword("not-the-password").write(dir);
        Cli result = Cli.run("preflight", spec.toString());
        assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), result.toString());
        assertTrue(result.out().contains("was rejected for /zookeeper/config"), result.out());
        assertFalse(result.toString().contains("not-the-password"));
        assertFalse(result.toString().contains(PASSWORD));
    }

    @Test
    void preflightFailsOverlappingNetworks() {
        Path spec = SpecFixture.of(legacy.specs(), target.specs()).superPassword(PASSWORD)
                .cidrs("10.0.0.0/8", "10.30.0.0/16").write(dir);
        Cli result = Cli.run("preflight", spec.toString());
        assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), result.toString());
        assertTrue(result.out().contains("overlaps the legacy VPC"), result.out());
    }

    @Test
    void preflightFailsALegacyEnsembleWithReconfigDisabled() {
        try (LocalEnsemble off = LocalEnsemble.builder("legacy-off", "3.5.10").servers(3).reconfigEnabled(false)
                .superPassword(PASSWORD).start()) {
            Path spec = SpecFixture.of(off.specs(), target.specs()).superPassword(PASSWORD).write(dir);
            Cli result = Cli.run("preflight", spec.toString());
            assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), result.toString());
            assertTrue(result.out().contains("reconfigEnabled=false"), result.out());
            assertTrue(result.out().contains("static split"), result.out());
        }
    }

    @Test
    void preflightWarnsThatA34LegacyAllowsOnlyTheStaticSplit() {
        try (LocalEnsemble old = LocalEnsemble.builder("legacy-34", "3.4.14").servers(3).start()) {
            Path spec = SpecFixture.of(old.specs(), target.specs()).write(dir);
            Cli result = Cli.run("preflight", spec.toString());
            assertTrue(result.out().contains("has no dynamic reconfiguration: only the static split applies"), result.out());
            assertFalse(result.out().contains("FAIL "), result.out());
            assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        }
    }

    @Test
    void anInvalidSpecExitsWithItsOwnCode() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(bad, "name: x\n");
        Cli result = Cli.run("status", bad.toString());
        assertEquals(ExitCodes.INVALID_SPEC, result.exitCode());
        assertTrue(result.err().contains("stage: required field is missing"), result.err());
        assertEquals(ExitCodes.USAGE, Cli.run("status").exitCode());
    }
}
