package io.zkmig.nodes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.zkmig.spec.StateFolder;
import io.zkmig.support.PrivateFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Node control's own records in the migration's state folder, one folder per server
 * ({@code <stateDir>/nodes/server-<id>/}): small JSON files written atomically, readable by the owner only.
 */
final class NodeStateStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path stateDir;
    private final Path dir;

    NodeStateStore(Path stateDir) {
        this.stateDir = stateDir;
        this.dir = stateDir.resolve(StateFolder.NODES);
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
            StateFolder.claim(stateDir);
            PrivateFiles.createFolders(file.getParent());
            PrivateFiles.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
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
