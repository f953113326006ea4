package io.zkmig.sandbox.aws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zkmig sandbox aws}: runs the AWS emulator (LocalStack, or moto) on loopback in the foreground. */
@Command(name = "aws", mixinStandardHelpOptions = true,
        description = {
                "Runs an AWS emulator on loopback until interrupted (Ctrl-C stops it by its PID): LocalStack in host",
                "mode with EC2, S3 and STS, offline, from the virtual environment scripts/bootstrap-tools.sh installs;",
                "or moto's server (--emulator moto, or " + EmulatorKind.SWITCH + "=moto).",
                "Point zkmig at it with legacy.network.endpoint (and state.ledger.endpoint) set to the printed URL."})
public final class AwsEmulatorCommand implements Callable<Integer> {

    @Option(names = "--emulator", description = "localstack or moto (default: $" + EmulatorKind.SWITCH + ", else localstack).")
    String emulator;

    @Option(names = "--port", defaultValue = "4566", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--dir", defaultValue = ".zkmig/aws-emulator",
            description = "Folder for the emulator's files, log and endpoint file (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        EmulatorKind kind = emulator == null ? EmulatorKind.fromEnvironment(System.getenv())
                : EmulatorKind.fromEnvironment(java.util.Map.of(EmulatorKind.SWITCH, emulator));
        Path folder = dir.toAbsolutePath().normalize();
        AwsEmulator running = AwsEmulator.start(kind, folder, port, Duration.ofMinutes(2));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "aws-emulator-shutdown"));
        writeEndpointFile(folder, running.endpoint().toString());
        System.out.printf("%s listening on %s (pid %d), healthy after %.1f s: EC2, S3, STS in region %s%n",
                kind.displayName(), running.endpoint(), running.pid(), running.startTime().toMillis() / 1000.0,
                EmulatorAccounts.REGION);
        System.out.println("Any 12-digit access key id is that account (the sandbox's legacy account is "
                + EmulatorAccounts.LEGACY + "); the secret is not checked.");
        System.out.println("Files and log in " + folder + ". Ctrl-C stops it.");
        System.out.flush();
        stopped.await();
        return 0;
    }

    private static void writeEndpointFile(Path folder, String endpoint) throws IOException {
        Files.writeString(folder.resolve("endpoint"), endpoint + "\n");
    }
}
