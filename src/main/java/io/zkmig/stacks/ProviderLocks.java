package io.zkmig.stacks;

import io.zkmig.support.ToolsDir;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Writes each synthesized stack's {@code .terraform.lock.hcl} from zkmig's local provider mirror.
 * On a stack's first init, {@code cdktf deploy} runs {@code terraform providers lock}, which ignores the
 * CLI configuration's mirror and asks the public registry, so offline the first deploy fails. With a
 * lock file present (computed by Terraform from the mirror), cdktf skips that step. Stacks whose
 * providers the mirror lacks (the AWS ones here) are left alone.
 */
final class ProviderLocks {
    static final String LOCK_FILE = ".terraform.lock.hcl";

    private ProviderLocks() {
    }

    static void writeMissing(Path outdir, List<String> stackNames) {
        Path properties = ToolsDir.get().resolve("tools.properties");
        if (!Files.isRegularFile(properties)) {
            return;
        }
        Properties tools = new Properties();
        try (Reader in = Files.newBufferedReader(properties)) {
            tools.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : stackNames) {
            Path dir = outdir.resolve("stacks").resolve(name);
            if (Files.isDirectory(dir) && !Files.exists(dir.resolve(LOCK_FILE))) {
                lock(dir, tools);
            }
        }
    }

    private static void lock(Path dir, Properties tools) {
        ProcessBuilder pb = new ProcessBuilder(tools.getProperty("terraform"), "providers", "lock", "-no-color",
                "-fs-mirror=" + tools.getProperty("providerMirror"), "-platform=" + platform())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("TF_CLI_CONFIG_FILE", tools.getProperty("cliConfig"));
        pb.environment().put("CHECKPOINT_DISABLE", "1");
        try {
            Process p = pb.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            // no terraform: cdktf reports that itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String platform() {
        String arch = System.getProperty("os.arch");
        return "linux_" + (arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "amd64");
    }
}
