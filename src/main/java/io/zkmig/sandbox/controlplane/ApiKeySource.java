package io.zkmig.sandbox.controlplane;

import io.zkmig.support.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Where the control plane's API key comes from: a file named on the command line, else the environment
 * variable {@value #ENV}, else a key generated once into {@code <state dir>/api-key} (owner-only). Callers
 * print the file's path, never the key.
 */
public final class ApiKeySource {
    public static final String ENV = "ZKMIG_CONTROL_PLANE_API_KEY";
    public static final String GENERATED_FILE = "api-key";

    private ApiKeySource() {
    }

    public static String read(Path keyFile, Path stateDir) {
        if (keyFile != null) {
            return readFile(keyFile);
        }
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        Path generated = stateDir.resolve(GENERATED_FILE);
        if (Files.exists(generated)) {
            return readFile(generated);
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        try {
            PrivateFiles.createFolders(stateDir);
            PrivateFiles.writeAtomically(generated, (key + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the API key file " + generated, e);
        }
        return key;
    }

    /** Describes where the key came from, for the start-up message. */
    public static String describe(Path keyFile, Path stateDir) {
        if (keyFile != null) {
            return "from " + keyFile;
        }
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return "from $" + ENV;
        }
        return "in " + stateDir.resolve(GENERATED_FILE);
    }

    private static String readFile(Path file) {
        try {
            String key = Files.readString(file).trim();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("the API key file " + file + " is empty");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API key file " + file, e);
        }
    }
}
