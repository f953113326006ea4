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

    /** The target servers: at their first start a fresh ensemble of their own, as a newly provisioned managed cluster is. */
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

    /** What became of one server at {@link #up}: serving, or why not; and whether it kept the configuration it had. */
    public record Started(LocalServer server, boolean keptConfiguration, String problem) {
        public boolean serving() {
            return problem == null;
        }
    }

    /**
     * {@code zkmig sandbox up}: starts the legacy servers (and with {@code withTarget} the target servers) that are
     * not running, then waits for each to serve. Every process starts before any is waited for: after a reboot no
     * server can serve on its own (an observer needs the legacy leader; after the split the target is the ensemble
     * and the legacy servers depend on it). A server that ran before comes back with the configuration its folder
     * holds, as zkmig and ZooKeeper last left it; one that cannot serve with it is reported, the others are left
     * running.
     */
    public List<Started> up(boolean withTarget) {
        List<LocalServer> servers = new ArrayList<>(legacy().servers());
        if (withTarget) {
            servers.addAll(target().servers());
        }
        List<Boolean> kept = servers.stream().map(LocalServer::configured).toList();
        Map<LocalServer, String> problems = LocalEnsemble.startEach(servers);
        List<Started> out = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            out.add(new Started(servers.get(i), kept.get(i), problems.get(servers.get(i))));
        }
        return out;
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
