package io.zkmig.sandbox;

import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SecretRef;
import io.zkmig.spec.StateFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local stand-in for a spec's machines: its legacy servers (and, until the control plane provisions
 * them, its target servers) as real ZooKeeper processes under {@code <stateDir>/sandbox}.
 */
public final class Sandbox {
    private final MigrationSpec spec;
    private final boolean detached;
    private final Map<String, String> environment;

    public Sandbox(MigrationSpec spec, boolean detached, Map<String, String> environment) {
        this.spec = spec;
        this.detached = detached;
        this.environment = environment;
    }

    public Path dir() {
        return spec.stateDir().resolve(StateFolder.SANDBOX);
    }

    /** The legacy ensemble of the spec, to start (the state folder is claimed); it adopts servers already running. */
    public LocalEnsemble legacy() {
        StateFolder.claim(spec.stateDir());
        return legacyEnsemble();
    }

    /** The target servers as a fresh ensemble of their own, as a newly provisioned managed cluster is. */
    public LocalEnsemble target() {
        StateFolder.claim(spec.stateDir());
        return targetEnsemble();
    }

    private LocalEnsemble legacyEnsemble() {
        return LocalEnsemble.of("legacy", spec.legacy().servers(), options(spec.legacy().superUser()));
    }

    private LocalEnsemble targetEnsemble() {
        return LocalEnsemble.of("target", spec.target().servers(), options(spec.target().superUser()));
    }

    /** Stops the sandbox servers of this spec still running (an earlier {@code sandbox up} or demo), by pid file. */
    public List<LocalServer> stopRunning() {
        List<LocalServer> stopped = new ArrayList<>();
        for (LocalEnsemble e : List.of(legacyEnsemble(), targetEnsemble())) {
            for (LocalServer s : e.servers()) {
                if (LocalServer.runningFrom(s.dir()).isPresent()) {
                    s.stop();
                    stopped.add(s);
                }
            }
        }
        return stopped;
    }

    private LocalEnsemble.Options options(SecretRef superUser) {
        String password = superUser != null && superUser.isAvailable(environment, spec.baseDir())
                ? superUser.resolve(environment, spec.baseDir()) : null;
        return new LocalEnsemble.Options(dir(), true, password, detached, 2000);
    }
}
