package io.zkmig.sandbox.demo;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.Credentials;
import io.zkmig.spec.InvalidSpecException;
import io.zkmig.spec.LegacyEnsemble;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SecretRef;
import io.zkmig.spec.SpecLoader;
import io.zkmig.spec.Stage;
import io.zkmig.spec.StateFolder;
import io.zkmig.spec.StateSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's working copy of its spec, {@code <stateDir>/demo/<name>.yaml}: the demo moves the desired
 * stage forward as a pull request would, and the CDKTF app and the runner both read this copy. Its
 * {@code legacy.network} is the original's (placeholder ids) until the demo has built the network in the AWS
 * emulator; from then on it is the emulator's ids, endpoint and profile.
 */
final class DemoSpecs {
    private final MigrationSpec original;
    private final AwsNetwork network;
    private final Path file;

    DemoSpecs(MigrationSpec original) {
        this(original, original.legacy().network());
    }

    private DemoSpecs(MigrationSpec original, AwsNetwork network) {
        this.original = original;
        this.network = network;
        this.file = original.stateDir().resolve(StateFolder.DEMO).resolve(original.name() + ".yaml");
    }

    /** The copies from now on name the legacy network the emulator holds. */
    DemoSpecs inLegacyAccount(AwsNetwork built) {
        return new DemoSpecs(original, built);
    }

    Path file() {
        return file;
    }

    /** A secret file named relative to the original spec stays the same file from the copy's folder. */
    private SecretRef absolute(SecretRef ref) {
        return ref == null || ref.file() == null ? ref
                : new SecretRef(null, original.baseDir().resolve(ref.file()).normalize().toString());
    }

    /** Writes the copy at {@code stage} (the state folder made absolute) and loads it back through validation. */
    MigrationSpec atStage(Stage stage) {
        var legacy = new LegacyEnsemble(original.legacy().servers(), network,
                absolute(original.legacy().superUser()));
        var ic = original.credentials() == null ? null : original.credentials().instaclustr();
        var credentials = ic == null ? original.credentials()
                : new Credentials(new Credentials.Instaclustr(ic.user(), absolute(ic.apiKey()), ic.apiUrl()));
        MigrationSpec copy = new MigrationSpec(original.name(), original.description(), stage, legacy,
                original.target(), original.clients(), credentials,
                new StateSpec(original.stateDir().toString(), original.state().backend(), original.state().ledger()),
                original.nodes(), null);
        try {
            Files.createDirectories(file.getParent());
            new YAMLMapper().writeValue(file.toFile(), copy);
            return SpecLoader.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidSpecException e) {
            throw new IllegalStateException("the demo wrote an invalid spec copy: " + e.getMessage(), e);
        }
    }
}
