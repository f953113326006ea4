package io.zkmig.nodes;

import io.zkmig.ensemble.Member;
import io.zkmig.spec.ServerSpec;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the runner changes a target server's configuration and restarts it: {@code local}
 * (processes zkmig's sandbox started), {@code ssh} (writes the files and runs the operator's restart command)
 * or {@code manual} (prints the exact configuration, then waits for ZooKeeper itself to show it took effect).
 * Legacy servers never go through it. The first change to a server keeps its original configuration, which
 * {@link #restoreOriginal} puts back.
 */
public interface NodeControl extends AutoCloseable {

    /** {@code local}, {@code ssh} or {@code manual}. */
    String mode();

    /** Rewrites the server's membership (keeping its other settings) and restarts it. */
    void restart(ServerSpec server, NodeChange change) throws Exception;

    /**
     * Puts back the configuration the server had before zkmig's first change and restarts it with it (or leaves
     * it stopped if it was not serving then); removes the observer data folder zkmig made. {@code originalMembers}
     * is the membership it had (modes that cannot read files print it and wait for it). No-op if nothing was changed.
     */
    void restoreOriginal(ServerSpec server, List<Member> originalMembers) throws Exception;

    /** True while zkmig holds the server's original configuration, i.e. it changed the server and did not restore it. */
    boolean hasOriginal(ServerSpec server);

    /** Whether {@link #hasOriginal} means anything: a person applying changes (manual) keeps the original, not zkmig. */
    default boolean tracksOriginal() {
        return true;
    }

    /**
     * The members named by the configuration the server runs with, read now (local: the zoo.cfg its process was
     * started from; ssh: {@code <configDir>/zoo.cfg}; both with the dynamic file it names), or empty when this mode
     * cannot read it (manual) or there is none. This, not what zkmig recorded, tells what a server that is up but
     * not serving yet is about to become.
     */
    default Optional<List<Member>> configuredMembers(ServerSpec server) throws Exception {
        return Optional.empty();
    }

    /** Stops the server; the first change to a server (a stop included) keeps its original configuration. */
    void stop(ServerSpec server) throws Exception;

    @Override
    default void close() {
    }
}
