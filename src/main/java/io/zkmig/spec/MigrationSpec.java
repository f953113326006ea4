package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A migration as declared in {@code stacks/<name>.yaml}. Load it with {@link SpecLoader}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MigrationSpec(String name, String description, Stage stage, LegacyEnsemble legacy,
                            TargetCluster target, List<ClientGroup> clients, Credentials credentials,
                            StateSpec state, NodesSpec nodes, @JsonIgnore Path source) {

    public MigrationSpec {
        clients = clients == null ? List.of() : List.copyOf(clients);
        state = state == null ? StateSpec.DEFAULT : state;
        nodes = nodes == null ? NodesSpec.LOCAL : nodes;
    }

    public MigrationSpec withSource(Path file) {
        return new MigrationSpec(name, description, stage, legacy, target, clients, credentials, state, nodes, file);
    }

    /** The folder relative paths in the spec are resolved against. */
    @JsonIgnore
    public Path baseDir() {
        Path parent = source == null ? null : source.toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    /** The migration's state folder: ledger, lock, local runtime; {@code .zkmig/<name>} by default. */
    @JsonIgnore
    public Path stateDir() {
        if (state.dir() != null) {
            return baseDir().resolve(state.dir()).normalize();
        }
        return Path.of(".zkmig", name).toAbsolutePath();
    }

    public Optional<ClientGroup> clientGroup(String groupName) {
        return clients.stream().filter(c -> c.name().equals(groupName)).findFirst();
    }
}
