package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.runner.lifecycle.Command;
import io.zkmig.runner.lifecycle.Commands;
import io.zkmig.runner.lifecycle.RunnerCommand;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every zkmig command the lifecycle names exists: the real command line parses it, options included. */
class LifecycleCommandsTest {

    private static List<Command> named() throws IllegalAccessException {
        List<Command> all = new ArrayList<>();
        for (Field f : Commands.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Command.class) {
                all.add((Command) f.get(null));
            }
        }
        return all;
    }

    @Test
    void everyZkmigCommandOfTheLifecycleParses() throws Exception {
        List<Command> zkmig = named().stream().filter(c -> c.kind() == Command.Kind.ZKMIG).toList();
        assertTrue(zkmig.size() >= 10, "found " + zkmig);
        for (Command c : zkmig) {
            String[] words = c.template().replace("<spec>", "stacks/x.yaml").replace("<group>", "orders-api").split(" ");
            assertEquals("zkmig", words[0], c.template());
            String[] args = java.util.Arrays.copyOfRange(words, 1, words.length);
            CommandLine.ParseResult parsed = assertDoesNotThrow(() -> Main.commandLine().parseArgs(args), c.template());
            CommandLine.ParseResult leaf = parsed;
            while (leaf.hasSubcommand()) {
                leaf = leaf.subcommand();
            }
            assertTrue(leaf.commandSpec().userObject() instanceof java.util.concurrent.Callable<?>,
                    c.template() + " names a command that runs, not a group of commands");
        }
    }

    @Test
    void everyRunnerCommandIsOneOfTheLifecycleCommands() throws Exception {
        List<Command> all = named();
        for (RunnerCommand rc : RunnerCommand.values()) {
            assertTrue(all.contains(rc.command()), rc.name());
        }
    }
}
