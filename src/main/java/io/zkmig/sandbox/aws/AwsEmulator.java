package io.zkmig.sandbox.aws;

import io.zkmig.sandbox.LoopbackAddresses;
import io.zkmig.support.ToolsDir;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One AWS emulator process (LocalStack or moto) on a free loopback port, started from the tools folder's
 * virtual environment, offline, with its files and log in a folder of its own. It is stopped by its PID
 * on {@link #close()}, at JVM exit (Ctrl-C included), and, through its watchdog, when the JVM that started
 * it dies without running shutdown hooks.
 */
public final class AwsEmulator implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final EmulatorKind kind;
    private final Process process;
    private final URI endpoint;
    private final Path dir;
    private final Duration startTime;
    private final Thread shutdownHook;

    private AwsEmulator(EmulatorKind kind, Process process, URI endpoint, Path dir, Duration startTime) {
        this.kind = kind;
        this.process = process;
        this.endpoint = endpoint;
        this.dir = dir;
        this.startTime = startTime;
        this.shutdownHook = new Thread(this::stop, "zkmig-aws-emulator-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts the emulator and waits until its health check says EC2, S3 and STS are up.
     *
     * @param dir its folder: the log ({@code emulator.log}), LocalStack's filesystem root and home
     */
    public static AwsEmulator start(EmulatorKind kind, Path dir, Duration timeout) {
        return start(kind, dir, 0, timeout);
    }

    /** As {@link #start(EmulatorKind, Path, Duration)}, on {@code port} of {@value #HOST} (0: a free one). */
    public static AwsEmulator start(EmulatorKind kind, Path dir, int port, Duration timeout) {
        Path python = python(kind);
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir.resolve("home"));
            Path launcher = launcher(dir);
            int listen = port == 0 ? LoopbackAddresses.freePort(HOST) : port;
            List<String> command = new ArrayList<>(List.of(python.toString(), launcher.toString(),
                    String.valueOf(ProcessHandle.current().pid()), kind.module()));
            command.addAll(kind.arguments(HOST, listen));
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("emulator.log").toFile()));
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            builder.environment().putAll(kind.environment(HOST, listen, dir));
            Process process = builder.start();
            URI endpoint = URI.create("http://" + HOST + ":" + listen);
            try {
                awaitHealthy(kind, process, endpoint, dir, timeout);
            } catch (RuntimeException e) {
                kill(process);
                throw e;
            }
            return new AwsEmulator(kind, process, endpoint, dir, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + kind.displayName() + " from " + python, e);
        }
    }

    public EmulatorKind kind() {
        return kind;
    }

    /** The endpoint every SDK client and the Terraform S3 backend are pointed at. */
    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    public Path dir() {
        return dir;
    }

    public Path log() {
        return dir.resolve("emulator.log");
    }

    /** From launch until the health check passed. */
    public Duration startTime() {
        return startTime;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The emulator's resident memory now (Linux {@code VmRSS}), in kilobytes. */
    public OptionalLong residentKilobytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or already gone
        }
        return OptionalLong.empty();
    }

    /** Stops the emulator by its PID: a SIGTERM, then after 15 s a SIGKILL of it and of what it started. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitHealthy(EmulatorKind kind, Process process, URI endpoint, Path dir, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve(kind.healthPath())).timeout(Duration.ofSeconds(2))
                .GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(kind.displayName() + " exited with status " + process.exitValue()
                        + " before it was healthy; its log:\n" + tail(dir.resolve("emulator.log")));
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (kind.healthy(response.statusCode(), response.body())) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + kind.displayName(), e);
            }
            sleep(200);
        }
        throw new IllegalStateException(kind.displayName() + " was not healthy at " + endpoint + kind.healthPath()
                + " within " + timeout.toSeconds() + " s; its log:\n" + tail(dir.resolve("emulator.log")));
    }

    /** The emulator's Python, as scripts/bootstrap-tools.sh recorded it in tools.properties. */
    static Path python(EmulatorKind kind) {
        Path tools = ToolsDir.get();
        Path recorded = null;
        Path properties = tools.resolve("tools.properties");
        if (Files.isRegularFile(properties)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(properties)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + properties, e);
            }
            String value = p.getProperty(kind.toolsProperty(), "").trim();
            recorded = value.isEmpty() ? null : Path.of(value);
        }
        Path python = Optional.ofNullable(recorded).filter(Files::isExecutable)
                .orElse(tools.resolve("aws-emulator").resolve(kind.id()).resolve("venv/bin/python"));
        if (!Files.isExecutable(python)) {
            throw new IllegalStateException(kind.displayName() + " is not installed in " + tools
                    + ": run scripts/bootstrap-tools.sh" + (kind == EmulatorKind.MOTO ? " with " + EmulatorKind.SWITCH
                    + "=moto" : "") + " (it installs the pinned emulator into " + tools.resolve("aws-emulator") + ")");
        }
        return python;
    }

    private static Path launcher(Path dir) throws IOException {
        Path file = dir.resolve("emulator_watchdog.py");
        try (InputStream in = AwsEmulator.class.getResourceAsStream("emulator_watchdog.py")) {
            if (in == null) {
                throw new IllegalStateException("emulator_watchdog.py is missing from the class path");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
