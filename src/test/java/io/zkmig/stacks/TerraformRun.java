package io.zkmig.stacks;

import io.zkmig.support.ToolsDir;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Runs the bootstrap's terraform in a synthesized stack's folder with a given environment. */
final class TerraformRun {
    record Result(int exitCode, String output) {
    }

    private final Path terraform;
    private final Path cliConfig;
    private final Map<String, String> env;

    private TerraformRun(Path terraform, Path cliConfig, Map<String, String> env) {
        this.terraform = terraform;
        this.cliConfig = cliConfig;
        this.env = Map.copyOf(env);
    }

    /** The tools scripts/bootstrap-tools.sh installed, or null when it has not run. */
    static TerraformRun fromBootstrap(Map<String, String> env) throws IOException {
        Path properties = ToolsDir.get().resolve("tools.properties");
        if (!Files.isRegularFile(properties)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(properties)) {
            p.load(in);
        }
        return new TerraformRun(Path.of(p.getProperty("terraform")), Path.of(p.getProperty("cliConfig")), env);
    }

    /**
     * A terraform run left going, its standard input open (for an apply's approval prompt) and its
     * output collected in a file; {@link #close} ends it by its PID if it is still running.
     */
    static final class Started implements AutoCloseable {
        private final Process process;
        private final Path out;

        private Started(Process process, Path out) {
            this.process = process;
            this.out = out;
        }

        String output() throws IOException {
            return Files.readString(out);
        }

        /** Waits until the output holds the text; false if the run ended or the time ran out first. */
        boolean awaitOutput(String text, java.time.Duration timeout) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (output().contains(text)) {
                    return true;
                }
                if (!process.isAlive()) {
                    return output().contains(text);
                }
                Thread.sleep(100);
            }
            return false;
        }

        void answer(String line) throws IOException {
            process.getOutputStream().write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("terraform took over 10 minutes");
            }
            return new Result(process.exitValue(), output());
        }

        @Override
        public void close() throws IOException {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            Files.deleteIfExists(out);
        }
    }

    Started start(Path workDir, String... args) throws IOException {
        ProcessBuilder pb = processBuilder(workDir, args);
        Path out = Files.createTempFile("zkmig-terraform", ".out");
        pb.redirectOutput(out.toFile());
        return new Started(pb.start(), out);
    }

    private ProcessBuilder processBuilder(Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(terraform.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().put("TF_CLI_CONFIG_FILE", cliConfig.toString());
        pb.environment().put("CHECKPOINT_DISABLE", "1");
        pb.environment().put("TF_IN_AUTOMATION", "1");
        pb.environment().remove("TF_LOG");
        pb.environment().putAll(env);
        return pb;
    }

    Result run(Path workDir, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = processBuilder(workDir, args);
        Path out = Files.createTempFile("zkmig-terraform", ".out");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException("terraform " + String.join(" ", args) + " took over 10 minutes");
            }
            return new Result(p.exitValue(), Files.readString(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
