package io.zkmig.sandbox.demo;

import io.zkmig.sandbox.aws.AwsEmulator;
import io.zkmig.sandbox.aws.EmulatorAccounts;
import io.zkmig.sandbox.aws.EmulatorKind;
import io.zkmig.sandbox.aws.LegacyNetworkFixture;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.StateFolder;
import io.zkmig.support.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The demo's legacy AWS account: the AWS emulator in {@code <stateDir>/demo/aws-emulator}, stopped by its PID on
 * {@link #close()} (and at JVM exit, Ctrl-C included), and a named profile zkmig reads it with, as an operator's
 * would. The profile's files are this JVM's AWS SDK files while the demo runs (system properties, put back on
 * close); the emulator checks no secret, so the profile's is none.
 */
final class DemoAws implements AutoCloseable {
    static final String PROFILE = "zkmig-demo-legacy";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final String[] SDK_FILES = {"aws.sharedCredentialsFile", "aws.configFile"};

    private final AwsEmulator emulator;
    private final Map<String, String> replaced = new LinkedHashMap<>();
    private volatile AwsNetwork network;

    private DemoAws(AwsEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * Starts the emulator and builds the spec's legacy network in it on a thread of its own (the first EC2 calls
     * are slow on LocalStack), while the demo starts the legacy ensemble; {@link Starting#await()} joins it.
     */
    static Starting startInBackground(MigrationSpec spec, Map<String, String> environment) {
        return new Starting(CompletableFuture.supplyAsync(() -> {
            DemoAws aws = start(spec, environment);
            try {
                aws.network = aws.buildLegacyNetwork(spec);
                return aws;
            } catch (RuntimeException e) {
                aws.close();
                throw e;
            }
        }));
    }

    /** The emulator being started; closing it stops the emulator once it has started (or failed to). */
    static final class Starting implements AutoCloseable {
        private final CompletableFuture<DemoAws> future;

        private Starting(CompletableFuture<DemoAws> future) {
            this.future = future;
        }

        DemoAws await() {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        @Override
        public void close() {
            future.handle((aws, failure) -> aws).join();
            if (!future.isCompletedExceptionally()) {
                future.join().close();
            }
        }
    }

    static DemoAws start(MigrationSpec spec, Map<String, String> environment) {
        Path demo = spec.stateDir().resolve(StateFolder.DEMO);
        AwsEmulator emulator = AwsEmulator.start(EmulatorKind.fromEnvironment(environment),
                demo.resolve("aws-emulator"), START_TIMEOUT);
        DemoAws aws = new DemoAws(emulator);
        try {
            aws.useProfile(demo.resolve("aws"));
            return aws;
        } catch (RuntimeException e) {
            aws.close();
            throw e;
        }
    }

    AwsEmulator emulator() {
        return emulator;
    }

    /** The legacy network {@link #startInBackground} built. */
    AwsNetwork network() {
        return network;
    }

    URI endpoint() {
        return emulator.endpoint();
    }

    /** "LocalStack at http://127.0.0.1:p (pid n): healthy after 6.1 s, RSS 240 MB". */
    String describe() {
        return emulator.kind().displayName() + " at " + emulator.endpoint() + " (pid " + emulator.pid() + "): healthy after "
                + String.format("%.1f s", emulator.startTime().toMillis() / 1000.0) + ", " + memory();
    }

    String memory() {
        return "RSS " + emulator.residentKilobytes().stream().mapToObj(kb -> (kb / 1024) + " MB").findFirst().orElse("unknown");
    }

    /**
     * Builds the spec's {@code legacy.network} in the emulator (VPC, subnets, route tables, security group, one
     * instance with its data volume per legacy server) and returns it with the emulator's ids, read through
     * {@link #PROFILE}.
     */
    AwsNetwork buildLegacyNetwork(MigrationSpec spec) {
        AwsNetwork built = LegacyNetworkFixture.create(emulator.endpoint(), spec);
        return new AwsNetwork(built.accountId(), built.region(), built.vpcId(), built.cidr(), built.subnets(),
                built.routeTables(), built.securityGroup(), built.volumes(), built.instances(), PROFILE, built.endpoint());
    }

    private void useProfile(Path dir) {
        try {
            PrivateFiles.createFolders(dir);
            Path credentials = dir.resolve("credentials");
            Path config = dir.resolve("config");
            PrivateFiles.writeAtomically(credentials, ("[" + PROFILE + "]\naws_access_key_id = " + EmulatorAccounts.LEGACY
                    + "\naws_secret_access_key = " + EmulatorAccounts.EMULATOR_SECRET + "\n").getBytes(StandardCharsets.UTF_8));
            PrivateFiles.writeAtomically(config, ("[profile " + PROFILE + "]\nregion = " + EmulatorAccounts.REGION + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            set(SDK_FILES[0], credentials.toString());
            set(SDK_FILES[1], config.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo's AWS profile in " + dir, e);
        }
    }

    private void set(String property, String value) {
        replaced.put(property, System.getProperty(property));
        System.setProperty(property, value);
    }

    @Override
    public void close() {
        replaced.forEach((property, old) -> {
            if (old == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, old);
            }
        });
        emulator.close();
    }
}
