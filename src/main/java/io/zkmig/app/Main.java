package io.zkmig.app;

import io.zkmig.sandbox.cli.DemoCommand;
import io.zkmig.sandbox.cli.SandboxCommand;
import picocli.CommandLine;

/**
 * The {@code zkmig} executable ({@code bin/zkmig}): the product's commands ({@link io.zkmig.cli.Main}) with the
 * sandbox's {@code sandbox} and {@code demo} added on top. The product itself never depends on the sandbox.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cmd = io.zkmig.cli.Main.commandLine();
        cmd.addSubcommand(new SandboxCommand());
        cmd.addSubcommand(new DemoCommand());
        return cmd;
    }
}
