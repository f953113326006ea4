package io.zkmig.testing;

import io.zkmig.sandbox.aws.AwsEmulator;
import io.zkmig.sandbox.aws.EmulatorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One AWS emulator for the whole test run (LocalStack, or moto with {@code ZKMIG_AWS_EMULATOR=moto}), started by
 * the first test that asks for a {@link TestAws} parameter and stopped by its PID when the run ends. Tests keep
 * apart by creating their own VPCs and buckets.
 */
public final class AwsEmulatorExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AwsEmulatorExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestAws.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class).aws;
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Path dir;
        final AwsEmulator emulator;
        final TestAws aws;

        private Running(Path dir, AwsEmulator emulator) {
            this.dir = dir;
            this.emulator = emulator;
            this.aws = new TestAws(emulator, dir.resolve("aws"));
        }

        static Running start() {
            try {
                Path dir = Files.createTempDirectory("zkmig-aws-emulator");
                EmulatorKind kind = EmulatorKind.fromEnvironment(System.getenv());
                AwsEmulator emulator = AwsEmulator.start(kind, dir.resolve("emulator"), Duration.ofMinutes(2));
                System.out.printf("%s at %s (pid %d) healthy after %d ms, RSS %s kB%n", kind.displayName(),
                        emulator.endpoint(), emulator.pid(), emulator.startTime().toMillis(),
                        emulator.residentKilobytes().orElse(-1));
                return new Running(dir, emulator);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            System.out.printf("%s RSS at the end of the run: %s kB%n", emulator.kind().displayName(),
                    emulator.residentKilobytes().orElse(-1));
            emulator.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
