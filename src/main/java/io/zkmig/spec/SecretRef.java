package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A credential named by reference: an environment variable or a file. The value is read only when
 * used and never printed: {@link #toString()} names the reference, not the secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecretRef(String env, String file) {

    public static SecretRef ofEnv(String name) {
        return new SecretRef(name, null);
    }

    /** Reads the secret; fails with a message naming the reference only. */
    public String resolve(Map<String, String> environment, Path baseDir) {
        if (env != null) {
            String value = environment.get(env);
            if (value == null || value.isEmpty()) {
                throw new SecretUnavailableException("environment variable " + env + " is not set");
            }
            return value;
        }
        Path path = baseDir.resolve(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            throw new SecretUnavailableException("the file " + path + " does not exist");
        } catch (IOException e) {
            throw new SecretUnavailableException("cannot read the file " + path + ": " + e.getClass().getSimpleName());
        }
    }

    /** Reads the secret the spec names at {@code fieldPath}; a failure names that field and the reference. */
    public String resolve(String fieldPath, Map<String, String> environment, Path baseDir) {
        try {
            return resolve(environment, baseDir);
        } catch (SecretUnavailableException e) {
            throw new SecretUnavailableException(fieldPath + ": " + e.getMessage());
        }
    }

    public String resolve() {
        return resolve(System.getenv(), Path.of("."));
    }

    public boolean isAvailable(Map<String, String> environment, Path baseDir) {
        try {
            resolve(environment, baseDir);
            return true;
        } catch (SecretUnavailableException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return env != null ? "env:" + env : "file:" + file;
    }

    public static final class SecretUnavailableException extends RuntimeException {
        public SecretUnavailableException(String message) {
            super(message);
        }
    }
}
