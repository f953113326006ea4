package io.zkmig.stacks;

import io.zkmig.support.PrivateFiles;
import io.zkmig.support.ToolsDir;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code cdktf} CLI from the bootstrap's tool folder, in the environment {@code .tools/env.sh}
 * sets up (Terraform binary, the provider mirror), plus what the caller adds (the spec, the API URL and
 * key). Output is shown indented; secrets only ever travel in the environment. Used by the demo and the
 * deploy/destroy tests; operators run {@code cdktf} themselves.
 */
public final class CdktfCli {
    private static final long TIMEOUT_MINUTES = 15;

    private final Path home;
    private final Path output;
    private final Map<String, String> environment;
    private final PrintStream out;

    /** {@code output}: the synthesized stacks' folder (cdktf's {@code --output}), one per migration run. */
    public CdktfCli(Path output, Map<String, String> environment, PrintStream out) {
        this.home = ToolsDir.home();
        this.output = output;
        this.environment = environment;
        this.out = out;
    }

    /**
     * {@code cdktf deploy <stacks> --auto-approve}. cdktf 0.19 runs {@code terraform providers lock} when a
     * stack folder has no lock file yet, and that command asks the public registry, ignoring the CLI
     * configuration's mirror; so the stacks are synthesized and initialised from the mirror first, which
     * writes the lock file, and cdktf then skips its lock step.
     */
    public void deploy(List<String> stacks) throws IOException, InterruptedException {
        run(List.of("synth"));
        for (String stack : stacks) {
            Path dir = output.resolve("stacks").resolve(stack);
            if (!Files.exists(dir.resolve(".terraform.lock.hcl"))) {
                shell(dir, List.of("\"$TERRAFORM_BINARY_NAME\" init -input=false -no-color"));
            }
        }
        List<String> args = new ArrayList<>(List.of("deploy"));
        args.addAll(stacks);
        args.addAll(List.of("--auto-approve", "--skip-synth"));
        run(args);
    }

    public void destroy(List<String> stacks) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("destroy"));
        args.addAll(stacks);
        args.add("--auto-approve");
        run(args);
    }

    private void run(List<String> args) throws IOException, InterruptedException {
        StringBuilder cmd = new StringBuilder("cdktf");
        args.forEach(a -> cmd.append(' ').append(a));
        cmd.append(" --output '").append(output).append("'");
        shell(home, List.of(cmd.toString()));
    }

    private void shell(Path dir, List<String> commands) throws IOException, InterruptedException {
        Path env = ToolsDir.get().resolve("env.sh");
        if (!Files.exists(env)) {
            throw new IOException("the tool chain is not installed: run scripts/bootstrap-tools.sh (bin/demo does)");
        }
        // umask 077: what cdktf and Terraform write (cdktf.out/, Terraform state and its backups) is the owner's alone
        PrivateFiles.createFolders(output);
        String script = "umask 077 && . \"" + env + "\" && " + String.join(" && ", commands);
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(environment);
        pb.environment().put("CI", "1");
        pb.environment().put("FORCE_COLOR", "0");
        pb.environment().put("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1");
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String clean = line.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").stripTrailing();
                if (!clean.isBlank()) {
                    out.println("    | " + clean);
                }
            }
        }
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", commands) + " did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", commands) + " failed with exit code " + p.exitValue());
        }
    }
}
