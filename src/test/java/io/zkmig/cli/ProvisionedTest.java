package io.zkmig.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.testing.Cli;
import io.zkmig.testing.SpecFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zkmig provisioned} looks at the target every time it runs, not only at what the ledger says. */
@Tag("zookeeper")
class ProvisionedTest {
    @TempDir
    Path dir;

    @Test
    void aRerunChecksTheTargetAgainAndFailsWhenAServerNoLongerServes() {
        try (LocalEnsemble target = LocalEnsemble.builder("target", "3.9.3").servers(3).firstId(11).addressBlock(2).start()) {
            var legacy = LocalEnsemble.builder("legacy", "3.8.4").servers(3).allocate();
            Path spec = SpecFixture.of(legacy, target.specs()).write(dir);

            Cli first = Cli.run("provisioned", spec.toString());
            assertEquals(ExitCodes.OK, first.exitCode(), first.toString());
            assertTrue(first.out().contains("3 servers serving 3.9.3, one leader"), first.out());

            Cli again = Cli.run("provisioned", spec.toString());
            assertEquals(ExitCodes.OK, again.exitCode(), again.toString());

            target.server(12).stop();
            Cli afterStop = Cli.run("provisioned", spec.toString());
            assertEquals(ExitCodes.CHECK_FAILED, afterStop.exitCode(), afterStop.toString());
            assertTrue(afterStop.out().contains("the target cluster is not ready") && afterStop.out().contains("target 12 at "),
                    afterStop.out());
        }
    }
}
