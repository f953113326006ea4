package io.zkmig.nodes;

import io.zkmig.spec.CredentialRefs;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.NodesSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/** Builds the spec's node control: {@code nodes.mode} local, ssh or manual. */
public final class NodeControls {
    private NodeControls() {
    }

    public static NodeControl forSpec(MigrationSpec spec, PrintStream out, Duration manualTimeout) {
        NodesSpec nodes = spec.nodes();
        return switch (nodes.mode()) {
            case "local" -> new LocalNodeControl(spec.stateDir());
            case "manual" -> new ManualNodeControl(out, manualTimeout, Duration.ofSeconds(2));
            case "ssh" -> {
                NodesSpec.Ssh ssh = nodes.ssh();
                if (ssh.privateKey() == null) {
                    throw new IllegalArgumentException("nodes.ssh.privateKey is required for mode ssh");
                }
                Path knownHosts = ssh.knownHosts() == null
                        ? Path.of(System.getProperty("user.home"), ".ssh", "known_hosts")
                        : spec.baseDir().resolve(ssh.knownHosts());
                yield new SshNodeControl(spec.stateDir(), ssh, ssh.privateKey().resolve(CredentialRefs.SSH_PRIVATE_KEY, System.getenv(),
                        spec.baseDir()),
                        knownHosts);
            }
            default -> throw new IllegalArgumentException("unknown nodes.mode " + nodes.mode());
        };
    }
}
