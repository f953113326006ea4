package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.zkmig.app.Main;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.ServerSpec;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SpecFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad input gets a clear error and changes nothing, and every command exits as the README documents: 0 ok,
 * 1 problems found, 2 usage, 3 invalid spec, 4 unreachable, 5 refused, 70 internal.
 */
@Tag("zookeeper")
class BadInputTest {
    static final String UNSET = "ZKMIG_TEST_VARIABLE_NOBODY_SETS";
    /** A legacy and a target ensemble that ran and were then stopped, every process at once. */
    static List<ServerSpec> legacyDown;
    static List<ServerSpec> targetDown;

    @TempDir
    Path dir;

    @BeforeAll
    static void startAndStopEveryServer() {
        try (LocalEnsemble legacy = LocalEnsemble.builder("legacy", "3.8.4").servers(3).start();
             LocalEnsemble target = LocalEnsemble.builder("target", "3.9.3").servers(3).firstId(11).addressBlock(2).start()) {
            legacyDown = legacy.specs();
            targetDown = target.specs();
        }
    }

    private SpecFixture everyServerDown() {
        return SpecFixture.of(legacyDown, targetDown)
                .client("orders", ClientGroup.Connection.FIXED, List.of("127.0.3.1"), List.of());
    }

    @Test
    void statusWithEveryServerDownExitsUnreachableWithinThreeSeconds() {
        Path spec = everyServerDown().write(dir);
        warmUp(spec);
        long start = System.nanoTime();
        Cli result = Cli.run("status", spec.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(ExitCodes.UNREACHABLE, result.exitCode(), result.toString());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "status took " + took.toMillis() + " ms");
        assertTrue(result.out().contains("down") && result.err().contains("no legacy server answered"), result.toString());
    }

    @Test
    void preflightWithEveryServerDownExitsUnreachable() {
        Path spec = everyServerDown().write(dir);
        Cli result = Cli.run("preflight", spec.toString());
        assertEquals(ExitCodes.UNREACHABLE, result.exitCode(), result.toString());
        assertTrue(result.out().contains("FAIL") && result.err().contains("no legacy server answered"), result.toString());
    }

    @Test
    void cutoverMarkOfAGroupTheSpecDoesNotNameExitsThreeAtOnceAndWritesNothing() {
        Path spec = everyServerDown().write(dir);
        warmUp(spec);
        long start = System.nanoTime();
        Cli result = Cli.run("cutover", "mark", spec.toString(), "ordres");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(ExitCodes.INVALID_SPEC, result.exitCode(), result.toString());
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took.toMillis() + " ms");
        assertTrue(result.err().contains("no client group 'ordres'") && result.err().contains("orders"), result.toString());
        assertFalse(Files.exists(dir.resolve("state")), "no ledger, no lock");
        assertEquals(ExitCodes.INVALID_SPEC, Cli.run("cutover", "unmark", spec.toString(), "ordres").exitCode());
    }

    @Test
    void aStateFolderUnderAFileExitsThreeWithTheCause() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Path spec = everyServerDown().stateDir("notes.txt/state").write(dir);
        Cli result = Cli.run("provisioned", spec.toString());
        assertEquals(ExitCodes.INVALID_SPEC, result.exitCode(), result.toString());
        assertTrue(result.err().contains("state.dir") && result.err().matches("(?s).*notes\\.txt.*is a file.*"),
                result.toString());
        assertFalse(result.err().contains("Exception"), result.err());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void observeRefusesAMissingSuperUserFileBeforeItsHeaderTheLedgerOrTheLock() throws Exception {
        Path spec = everyServerDown().superPassword("secret").write(dir);
        Files.delete(dir.resolve("super.password"));
        Cli result = Cli.run("observe", spec.toString(), "--no-progress");
        assertEquals(ExitCodes.INVALID_SPEC, result.exitCode(), result.toString());
        assertEquals("", result.out(), "no header");
        assertTrue(result.err().contains("legacy.superUser") && result.err().contains("super.password does not exist"),
                result.toString());
        assertFalse(Files.exists(dir.resolve("state")), "no ledger, no lock");
    }

    @Test
    void observeRefusesAnUnsetSshKeyVariableBeforeItsHeaderTheLedgerOrTheLock() throws Exception {
        Path spec = withSshNodes(everyServerDown().write(dir));
        Cli result = Cli.run("observe", spec.toString(), "--no-progress");
        assertEquals(ExitCodes.INVALID_SPEC, result.exitCode(), result.toString());
        assertEquals("", result.out(), "no header");
        assertTrue(result.err().contains("nodes.ssh.privateKey") && result.err().contains(UNSET + " is not set"),
                result.toString());
        assertFalse(Files.exists(dir.resolve("state")), "no ledger, no lock");
        Cli rollback = Cli.run("rollback", spec.toString());
        assertEquals(ExitCodes.INVALID_SPEC, rollback.exitCode(), rollback.toString());
        assertFalse(Files.exists(dir.resolve("state")), "no ledger, no lock");
    }

    @Test
    void specCheckWarnsAboutEveryCredentialItCannotReadAndStillPasses() throws Exception {
        Path spec = withSshNodes(everyServerDown().superPassword("secret").write(dir));
        Files.delete(dir.resolve("super.password"));
        Cli result = Cli.run("spec", "check", spec.toString());
        assertEquals(ExitCodes.OK, result.exitCode(), result.toString());
        assertTrue(result.out().contains("WARN " + spec + ": legacy.superUser: the file "), result.out());
        assertTrue(result.out().contains("WARN " + spec + ": nodes.ssh.privateKey: environment variable " + UNSET
                + " is not set"), result.out());
        assertFalse(result.toString().contains("secret"));
    }

    @Test
    void aDurationThatIsNoneOrNegativeIsAUsageErrorInWords() {
        Path spec = everyServerDown().write(dir);
        Cli banana = Cli.run("observe", spec.toString(), "--catch-up-timeout", "banana");
        assertEquals(ExitCodes.USAGE, banana.exitCode(), banana.toString());
        assertTrue(banana.err().contains("'banana' is not a duration"), banana.err());
        assertFalse(banana.err().contains("Exception"), banana.err());
        Cli negative = Cli.run("observe", spec.toString(), "--catch-up-timeout", "-5m");
        assertEquals(ExitCodes.USAGE, negative.exitCode(), negative.toString());
        assertTrue(negative.err().contains("'-5m' is negative"), negative.err());
        assertFalse(Files.exists(dir.resolve("state")), "nothing written");
    }

    @Test
    void everyDurationOptionOfEveryCommandUsesTheOneConverter() {
        List<String> durationOptions = new ArrayList<>();
        List<String> others = new ArrayList<>();
        collect(Main.commandLine(), durationOptions, others);
        assertTrue(durationOptions.size() >= 6, "duration options found: " + durationOptions);
        assertEquals(List.of(), others, "duration options converted by something else");
    }

    private static void collect(CommandLine cmd, List<String> durationOptions, List<String> others) {
        for (CommandLine.Model.OptionSpec o : cmd.getCommandSpec().options()) {
            if (o.type() == Duration.class) {
                String name = cmd.getCommandName() + " " + o.longestName();
                durationOptions.add(name);
                CommandLine.ITypeConverter<?>[] converters = o.converters();
                if (converters.length != 1 || !(converters[0] instanceof DurationConverter)) {
                    others.add(name);
                }
            }
        }
        cmd.getSubcommands().values().forEach(sub -> collect(sub, durationOptions, others));
    }

    /** Loads the classes a command needs first (picocli, YAML, the schema), so that a timing measures the command. */
    private static void warmUp(Path spec) {
        assertEquals(ExitCodes.OK, Cli.run("spec", "check", spec.toString()).exitCode());
    }

    /** The spec with {@code nodes.mode: ssh} and a private key in a variable nobody sets. */
    private static Path withSshNodes(Path spec) throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode tree = (ObjectNode) yaml.readTree(spec.toFile());
        ObjectNode ssh = tree.putObject("nodes").put("mode", "ssh").putObject("ssh");
        ssh.put("user", "zookeeper").put("configDir", "/etc/zookeeper").put("restartCommand", "systemctl restart zookeeper");
        ssh.putObject("privateKey").put("env", UNSET);
        yaml.writeValue(spec.toFile(), tree);
        return spec;
    }
}
