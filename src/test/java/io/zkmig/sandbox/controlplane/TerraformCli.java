package io.zkmig.sandbox.controlplane;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the toolchain's terraform binary in one working directory against one control plane. */
final class TerraformCli {
    private final Toolchain tools;
    private final Path workDir;
    private final String apiUrl;
    private final List<String> transcripts = new ArrayList<>();

    record Result(int exitCode, String output) {
    }

    TerraformCli(Toolchain tools, Path workDir, String apiUrl) {
        this.tools = tools;
        this.workDir = workDir;
        this.apiUrl = apiUrl;
    }

    /**
     * Runs {@code terraform <args>} with the provider's key in {@code TERRAFORM_KEY} (the provider reads its
     * terraform_key from there when the configuration leaves it out); never throws on a non-zero exit.
     */
    Result run(String terraformKey, Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tools.terraform.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("TF_CLI_CONFIG_FILE", tools.cliConfig.toString());
        env.put("CHECKPOINT_DISABLE", "1");
        env.put("TF_IN_AUTOMATION", "1");
        env.put("IC_API_URL", apiUrl);
        env.put("TERRAFORM_KEY", terraformKey);
        env.remove("TF_LOG");
        env.putAll(extraEnv);
        Path out = Files.createTempFile(workDir, "terraform", ".out");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException("terraform " + String.join(" ", args) + " did not finish within 10 minutes");
            }
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        String output = Files.readString(out);
        Files.delete(out);
        transcripts.add("$ terraform " + String.join(" ", args) + "\n" + output);
        return new Result(p.exitValue(), output);
    }

    Result run(String terraformKey, String... args) throws IOException, InterruptedException {
        return run(terraformKey, Map.of(), args);
    }

    /** Everything terraform printed in this directory so far. */
    String transcript() {
        return String.join("\n", transcripts);
    }
}
