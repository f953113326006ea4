package io.zkmig.stacks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import io.zkmig.support.ToolsDir;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lock files from the local mirror, so that cdktf's first deploy does not ask the public registry. */
@Tag("terraform")
class ProviderLocksTest {
    @TempDir
    Path dir;

    @Test
    void instaclustrStacksGetALockFileFromTheMirrorAwsStacksDoNot() throws Exception {
        assumeTrue(Files.isRegularFile(ToolsDir.get().resolve("tools.properties")), "run scripts/bootstrap-tools.sh");
        MigrationSpec spec = SpecFixture.demo(dir, Stage.CONNECT);
        SpecFixture.recordNeeds(spec, Stage.CONNECT);
        Map<String, TerraformStack> stacks = Synth.stacks(spec);
        for (Map.Entry<String, TerraformStack> e : stacks.entrySet()) {
            Path outdir = Path.of(Testing.fullSynth(e.getValue()));
            ProviderLocks.writeMissing(outdir, List.of(e.getKey()));
            Path lock = outdir.resolve("stacks").resolve(e.getKey()).resolve(ProviderLocks.LOCK_FILE);
            if (e.getKey().endsWith("-aws") || e.getKey().endsWith("-legacy")) {
                assertFalse(Files.exists(lock), e.getKey());
            } else {
                String text = Files.readString(lock);
                assertTrue(text.contains("provider \"registry.terraform.io/instaclustr/instaclustr\"")
                        && text.contains("version     = \"2.1.89\"") && text.contains("h1:"), text);
            }
        }
    }
}
