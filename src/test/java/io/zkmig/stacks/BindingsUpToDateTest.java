package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zkmig.support.ToolsDir;
import io.zkmig.sandbox.controlplane.ApiCredentials;
import io.zkmig.sandbox.controlplane.ControlPlane;
import io.zkmig.sandbox.controlplane.ControlPlaneLog;
import io.zkmig.sandbox.controlplane.ControlPlaneSettings;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed Instaclustr bindings match what the real provider reports for the control plane's API
 * document today ({@code scripts/generate-bindings.sh --check} against a control plane started here).
 */
@Tag("terraform")
class BindingsUpToDateTest {
    @TempDir
    Path dir;

    @Test
    void committedBindingsAreWhatTheProviderReports() throws Exception {
        assumeTrue(Files.isRegularFile(ToolsDir.get().resolve("env.sh")), "run scripts/bootstrap-tools.sh");
        ControlPlaneSettings settings = ControlPlaneSettings.defaults(dir,
                new ApiCredentials("zkmig", UUID.randomUUID().toString())).withPort(0);
        try (ControlPlane controlPlane = ControlPlane.start(settings,
                new ControlPlaneLog(new PrintStream(OutputStream.nullOutputStream())))) {
            Path log = dir.resolve("check.log");
            ProcessBuilder pb = new ProcessBuilder("bash", "scripts/generate-bindings.sh", "--check")
                    .directory(ToolsDir.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("IC_API_URL", controlPlane.url());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
            assertEquals(0, p.exitValue(), Files.readString(log));
        }
    }
}
