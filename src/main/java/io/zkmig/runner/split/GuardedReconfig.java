package io.zkmig.runner.split;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.zookeeper.KeeperException;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;

/**
 * One membership change, done safely: a recipe with an explicit state machine.
 *
 * <pre>
 *  READ ──in effect──▶ DONE
 *   │
 *   ▼
 *  AWAIT_QUORUM ──timeout──▶ FAILED          (a synced majority of the new voters, else NewConfigNoQuorum)
 *   │
 *   ▼
 *  SUBMIT(fromConfig = version just read)
 *   ├─ ok ───────────────▶ CONFIRM ──▶ DONE   (re-read: the change is there)
 *   ├─ BadVersion ───────▶ READ               (someone changed the config since we read it: re-decide)
 *   ├─ ReconfigInProgress, NewConfigNoQuorum ▶ READ (after a pause)
 *   ├─ NoAuth, ReconfigDisabled, BadArguments ▶ FAILED
 *   └─ ConnectionLoss, SessionExpired, timeout ▶ RESOLVE_UNKNOWN
 *  RESOLVE_UNKNOWN: new session to the surviving servers, sync, re-read
 *   ├─ change in effect ─▶ DONE               (it committed; the answer was lost)
 *   ├─ same version ─────▶ AWAIT_QUORUM       (it did not commit; resubmit, still version-guarded)
 *   └─ other version ────▶ READ
 * </pre>
 *
 * Never a blind retry: every submission carries the version it was decided on, so a concurrent
 * change (another operator, an earlier attempt that did commit) is detected as BadVersion instead of
 * being overwritten.
 */
public final class GuardedReconfig {

    public enum State { READ, AWAIT_QUORUM, SUBMIT, CONFIRM, RESOLVE_UNKNOWN, DONE, FAILED }

    /** How a reconfig reaches ZooKeeper; tests swap it to lose answers. */
    @FunctionalInterface
    public interface Submitter {
        byte[] reconfigure(ZooKeeperAdmin zk, String joining, String leaving, long fromConfig, Stat stat)
                throws KeeperException, InterruptedException;

        Submitter ZOOKEEPER = (zk, joining, leaving, from, stat) -> zk.reconfigure(joining, leaving, null, from, stat);
    }

    /** Hooks for progress output and for tests (e.g. a concurrent change between read and submit). */
    public interface Listener {
        default void transition(State from, State to, String why) {
        }

        default void beforeSubmit(EnsembleConfig decidedOn) throws Exception {
        }
    }

    /** Bounds: how long to wait for a synced quorum, how many concurrent changes to absorb. */
    public record Limits(Duration awaitQuorum, int maxBadVersion, int maxUnknownOutcomes, int maxNoQuorum,
                         long maxLagTxns) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(60), 5, 3, 5, 5000);
    }

    /** What happened: versions before and after, and every concurrent change or lost answer absorbed. */
    public record Outcome(String change, long fromVersion, long toVersion, boolean alreadyInEffect,
                          int badVersions, int unknownOutcomes, List<String> notes, long millis,
                          EnsembleConfig config) {
    }

    public static final class ReconfigFailedException extends Exception {
        private final State lastState;

        ReconfigFailedException(String message, State lastState, Throwable cause) {
            super(message, cause);
            this.lastState = lastState;
        }

        public State lastState() {
            return lastState;
        }
    }

    private final AdminSession session;
    private final Collection<ServerSpec> known;
    private final ConfigChange change;
    private final String survivors;
    private Limits limits = Limits.DEFAULT;
    private Submitter submitter = Submitter.ZOOKEEPER;
    private Listener listener = new Listener() {
    };

    /**
     * @param survivors connect string of servers that stay in the ensemble whatever the outcome:
     *                  where to reconnect when an answer is lost
     */
    public GuardedReconfig(AdminSession session, Collection<ServerSpec> known, ConfigChange change, String survivors) {
        this.session = session;
        this.known = List.copyOf(known);
        this.change = change;
        this.survivors = survivors;
    }

    /**
     * One change through an admin session of its own to {@code servers} (which stay in the ensemble whatever the
     * outcome), with the default limits: for changes outside the split (observer registration and its rollback).
     */
    public static Outcome applyOnce(List<ServerSpec> servers, Collection<ServerSpec> known, String superPassword,
                                    ConfigChange change) throws ReconfigFailedException, InterruptedException {
        String connectString = io.zkmig.spec.ConnectString.of(servers);
        try (AdminSession session = new AdminSession(connectString, superPassword)) {
            return new GuardedReconfig(session, known, change, connectString).run();
        }
    }

    public GuardedReconfig limits(Limits l) {
        this.limits = l;
        return this;
    }

    public GuardedReconfig submitter(Submitter s) {
        this.submitter = s;
        return this;
    }

    public GuardedReconfig listener(Listener l) {
        this.listener = l;
        return this;
    }

    public Outcome run() throws ReconfigFailedException, InterruptedException {
        long t0 = System.nanoTime();
        List<String> notes = new ArrayList<>();
        State state = State.READ;
        EnsembleConfig config = null;
        long firstVersion = -1;
        long submittedFrom = -1;
        boolean submitted = false;
        int badVersions = 0;
        int unknown = 0;
        int noQuorum = 0;
        Throwable lastError = null;
        String failure = null;

        while (state != State.DONE && state != State.FAILED) {
            State next;
            String why = "";
            try {
                switch (state) {
                    case READ -> {
                        config = session.readConfig();
                        if (firstVersion == -1) {
                            firstVersion = config.version();
                        }
                        if (change.inEffect(config)) {
                            next = State.DONE;
                            why = "in effect at config v" + config.versionHex();
                        } else {
                            next = State.AWAIT_QUORUM;
                        }
                    }
                    case AWAIT_QUORUM -> {
                        Optional<String> blocker = awaitQuorum(config);
                        if (blocker.isPresent()) {
                            failure = "gave up waiting " + limits.awaitQuorum().toSeconds() + " s: " + blocker.get();
                            next = State.FAILED;
                        } else {
                            next = State.SUBMIT;
                        }
                    }
                    case SUBMIT -> {
                        listener.beforeSubmit(config);
                        submittedFrom = config.version();
                        submitted = true;
                        try {
                            byte[] data = submitter.reconfigure(session.get(), change.joining(), change.leaving(),
                                    submittedFrom, new Stat());
                            config = EnsembleConfig.parse(new String(data, StandardCharsets.UTF_8));
                            next = State.CONFIRM;
                        } catch (KeeperException.BadVersionException e) {
                            badVersions++;
                            String n = "config changed since it was read at v" + config.versionHex()
                                    + " (BadVersion): re-reading and deciding again";
                            notes.add(n);
                            why = n;
                            if (badVersions > limits.maxBadVersion()) {
                                failure = "the configuration kept changing under us (" + badVersions + " BadVersion answers)";
                                next = State.FAILED;
                            } else {
                                next = State.READ;
                            }
                        } catch (KeeperException.ReconfigInProgress e) {
                            why = "another reconfig is in progress";
                            Thread.sleep(500);
                            next = State.READ;
                        } catch (KeeperException.NewConfigNoQuorum e) {
                            noQuorum++;
                            why = "NewConfigNoQuorum: the leader does not see a synced majority of the new voters";
                            notes.add(why);
                            if (noQuorum > limits.maxNoQuorum()) {
                                failure = why + " (" + noQuorum + " times)";
                                next = State.FAILED;
                            } else {
                                Thread.sleep(1000);
                                next = State.READ;
                            }
                        } catch (KeeperException.NoAuthException e) {
                            failure = "not authorized to reconfigure: the super user's password is wrong, or the"
                                    + " servers lack its digest (-Dzookeeper.DigestAuthenticationProvider.superDigest),"
                                    + " or /zookeeper/config's ACL does not grant write";
                            next = State.FAILED;
                        } catch (KeeperException.ReconfigDisabledException e) {
                            failure = "reconfigEnabled is false on the leader: dynamic reconfiguration is off"
                                    + " (rolling restart with reconfigEnabled=true, or zkmig split --static)";
                            next = State.FAILED;
                        } catch (KeeperException.BadArgumentsException e) {
                            failure = "the leader rejected the change as malformed: " + e.getMessage();
                            next = State.FAILED;
                        } catch (KeeperException.ConnectionLossException | KeeperException.SessionExpiredException
                                 | KeeperException.OperationTimeoutException | KeeperException.SessionMovedException e) {
                            // The request may have been committed: the reconfig that removes the leader
                            // commits, then the leader hands over and every server drops its clients,
                            // sometimes before the answer is sent. Find out; never resend blindly.
                            unknown++;
                            String n = "answer lost (" + e.code() + ") for the change decided at v"
                                    + Long.toHexString(submittedFrom) + ": outcome unknown, reconnecting to find out";
                            notes.add(n);
                            why = n;
                            next = unknown > limits.maxUnknownOutcomes() ? State.FAILED : State.RESOLVE_UNKNOWN;
                            if (next == State.FAILED) {
                                failure = "the outcome stayed unknown " + unknown + " times";
                            }
                        }
                    }
                    case RESOLVE_UNKNOWN -> {
                        session.reconnect(survivors);
                        config = session.readConfig(Duration.ofSeconds(90));
                        if (change.inEffect(config)) {
                            String n = "resolved: the change committed (config now v" + config.versionHex() + ")";
                            notes.add(n);
                            why = n;
                            next = State.DONE;
                        } else if (config.version() == submittedFrom) {
                            String n = "resolved: the change did not commit (config still v" + config.versionHex()
                                    + "); deciding again from the same version";
                            notes.add(n);
                            why = n;
                            next = State.AWAIT_QUORUM;
                        } else {
                            String n = "resolved: the configuration moved to v" + config.versionHex()
                                    + " without this change; re-reading";
                            notes.add(n);
                            why = n;
                            next = State.READ;
                        }
                    }
                    case CONFIRM -> {
                        EnsembleConfig reread = session.readConfig();
                        if (change.inEffect(reread)) {
                            config = reread;
                            next = State.DONE;
                            why = "config now v" + reread.versionHex();
                        } else {
                            failure = "the leader acknowledged '" + change.describe() + "' but /zookeeper/config (v"
                                    + reread.versionHex() + ") does not show it";
                            next = State.FAILED;
                        }
                    }
                    default -> throw new IllegalStateException(state.name());
                }
            } catch (IOException | KeeperException e) {
                lastError = e;
                failure = state + ": " + e.getMessage();
                next = State.FAILED;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                lastError = e;
                failure = state + ": " + e;
                next = State.FAILED;
            }
            listener.transition(state, next, next == State.FAILED ? failure : why);
            state = next;
        }
        if (state == State.FAILED) {
            throw new ReconfigFailedException(change.describe() + " failed: " + failure, state, lastError);
        }
        boolean already = !submitted;
        return new Outcome(change.describe(), firstVersion, config.version(), already, badVersions, unknown,
                List.copyOf(notes), (System.nanoTime() - t0) / 1_000_000, config);
    }

    /** Waits until the leader would accept the change; the blocker when it did not come in time. */
    private Optional<String> awaitQuorum(EnsembleConfig config) throws InterruptedException {
        long deadline = System.nanoTime() + limits.awaitQuorum().toNanos();
        Optional<String> blocker;
        do {
            blocker = change.blocker(EnsembleView.of(config, known), limits.maxLagTxns());
            if (blocker.isEmpty()) {
                return blocker;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return blocker;
    }
}
