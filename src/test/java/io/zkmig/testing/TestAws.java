package io.zkmig.testing;

import io.zkmig.sandbox.aws.AwsEmulator;
import io.zkmig.sandbox.aws.EmulatorAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The test run's AWS emulator as zkmig's product code meets it: an endpoint, a region, and a named profile in a
 * credentials file of its own (the legacy account's key; the secret is random, so tests can prove it is never
 * printed). The profile file is made the SDK's for this JVM (system properties) and for child processes
 * ({@link #environment()}); no test reads the developer's own AWS configuration.
 */
public final class TestAws {
    public static final String PROFILE = "zkmig-legacy";
    public static final String REGION = EmulatorAccounts.REGION;

    private final AwsEmulator emulator;
    private final Path credentialsFile;
    private final Path configFile;
    private final String secret;

    TestAws(AwsEmulator emulator, Path dir) {
        this.emulator = emulator;
        this.secret = "zkmig-test-secret-" + UUID.randomUUID();
        try {
            Files.createDirectories(dir);
            credentialsFile = dir.resolve("credentials");
            configFile = dir.resolve("config");
            Files.writeString(credentialsFile, "[" + PROFILE + "]\naws_access_key_id = " + EmulatorAccounts.LEGACY
                    + "\naws_secret_access_key = " + secret + "\n");
            Files.writeString(configFile, "[profile " + PROFILE + "]\nregion = " + REGION + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("aws.sharedCredentialsFile", credentialsFile.toString());
        System.setProperty("aws.configFile", configFile.toString());
        System.setProperty("aws.disableEc2Metadata", "true");
    }

    public AwsEmulator emulator() {
        return emulator;
    }

    public URI endpoint() {
        return emulator.endpoint();
    }

    /** The profile's secret access key: it must never appear in any output. */
    public String secret() {
        return secret;
    }

    /** For a child zkmig or terraform process: the profile files, and no instance-metadata lookups. */
    public Map<String, String> environment() {
        return Map.of("AWS_SHARED_CREDENTIALS_FILE", credentialsFile.toString(), "AWS_CONFIG_FILE", configFile.toString(),
                "AWS_EC2_METADATA_DISABLED", "true", "AWS_PROFILE", PROFILE);
    }
}
