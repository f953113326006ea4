package io.zkmig.nodes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Node control's own records in the migration's state folder, one folder per server
 * ({@code <stateDir>/nodes/server-<id>/}): small JSON files written atomically, readable by the owner only.
 */
final class NodeStateStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    NodeStateStore(Path stateDir) {
        this.dir = stateDir.resolve("nodes");
    }

    <T> Optional<T> load(int serverId, String name, Class<T> type) {
        Path file = file(serverId, name);
        try {
            return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), type)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    <T> T save(int serverId, String name, T value) {
        Path file = file(serverId, name);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(name + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void delete(int serverId, String name) {
        try {
            Files.deleteIfExists(file(serverId, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(int serverId, String name) {
        return dir.resolve("server-" + serverId).resolve(name + ".json");
    }
}
