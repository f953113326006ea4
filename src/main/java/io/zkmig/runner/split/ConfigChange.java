package io.zkmig.runner.split;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One incremental membership change, the unit the split is made of: add one server as a participant,
 * or remove one server. Each knows whether it is already in effect in a configuration (so a resumed
 * run, or a reconfig whose answer was lost, can tell), what the voters would be after it, and what it
 * waits for before the leader could accept it.
 */
public sealed interface ConfigChange permits ConfigChange.AddParticipant, ConfigChange.AddObserver, ConfigChange.Remove {

    /** {@code reconfig -add} argument or null. */
    String joining();

    /** {@code reconfig -remove} argument or null. */
    String leaving();

    boolean inEffect(EnsembleConfig config);

    /** Voter ids of the configuration this change would produce from {@code config}. */
    List<Integer> votersAfter(EnsembleConfig config);

    /** The server this change is about. */
    int serverId();

    String describe();

    /**
     * Why the leader would refuse this change right now (NewConfigNoQuorum), or empty when a synced
     * majority of the new configuration's voters is there. {@code maxLag}: transactions a follower may
     * trail the leader by and still count as synced.
     */
    default Optional<String> blocker(EnsembleView view, long maxLag) {
        if (view.leader().isEmpty()) {
            return Optional.of("no leader among the servers of the configuration (" + view.summary() + ")");
        }
        List<Integer> voters = votersAfter(view.config());
        List<Integer> synced = new ArrayList<>();
        List<Integer> notSynced = new ArrayList<>();
        for (int id : voters) {
            (view.isSynced(id, maxLag) ? synced : notSynced).add(id);
        }
        if (synced.size() * 2 > voters.size()) {
            return Optional.empty();
        }
        return Optional.of("the new configuration's voters " + voters + " would have only " + synced
                + " in sync with leader " + view.leader().get() + " (not synced: " + notSynced
                + "); a majority is needed, else the leader answers NewConfigNoQuorum");
    }

    /** Adds a server (a non-voting follower) as a participant. */
    record AddParticipant(Member member) implements ConfigChange {
        public AddParticipant {
            member = member.withRole(Role.PARTICIPANT);
        }

        @Override
        public String joining() {
            return "server." + member.id() + "=" + member.reconfigSpec();
        }

        @Override
        public String leaving() {
            return null;
        }

        @Override
        public boolean inEffect(EnsembleConfig config) {
            return config.member(member.id()).map(m -> m.role() == Role.PARTICIPANT).orElse(false);
        }

        @Override
        public List<Integer> votersAfter(EnsembleConfig config) {
            List<Integer> ids = new ArrayList<>(config.voters().stream().map(Member::id).filter(id -> id != member.id()).toList());
            ids.add(member.id());
            return ids;
        }

        @Override
        public int serverId() {
            return member.id();
        }

        @Override
        public String describe() {
            return "add server " + member.id() + " (" + member.host() + ") as participant";
        }

        @Override
        public Optional<String> blocker(EnsembleView view, long maxLag) {
            if (view.config().member(member.id()).map(m -> m.role() == Role.OBSERVER).orElse(false)) {
                return Optional.of("server " + member.id() + " is listed as an observer: remove it first, then add it");
            }
            if (!view.isSynced(member.id(), maxLag)) {
                var s = view.status(member.id());
                return Optional.of("server " + member.id() + " is not yet a synced follower of the leader ("
                        + (s == null ? "unknown" : s.role().label() + ", zxid " + s.zxidHex()) + ")");
            }
            return ConfigChange.super.blocker(view, maxLag);
        }
    }

    /**
     * Lists a synced non-voting follower as an observer ({@code observe --register-observers}): the voters stay as
     * they are, so only a synced majority of them is needed.
     */
    record AddObserver(Member member) implements ConfigChange {
        public AddObserver {
            member = member.withRole(Role.OBSERVER);
        }

        @Override
        public String joining() {
            return "server." + member.id() + "=" + member.reconfigSpec();
        }

        @Override
        public String leaving() {
            return null;
        }

        @Override
        public boolean inEffect(EnsembleConfig config) {
            return config.member(member.id()).map(m -> m.role() == Role.OBSERVER).orElse(false);
        }

        @Override
        public List<Integer> votersAfter(EnsembleConfig config) {
            return config.voters().stream().map(Member::id).toList();
        }

        @Override
        public int serverId() {
            return member.id();
        }

        @Override
        public String describe() {
            return "list server " + member.id() + " (" + member.host() + ") as observer";
        }
    }

    /** Removes a server from the configuration (it keeps running, as a non-voting follower). */
    record Remove(int id) implements ConfigChange {
        @Override
        public String joining() {
            return null;
        }

        @Override
        public String leaving() {
            return Integer.toString(id);
        }

        @Override
        public boolean inEffect(EnsembleConfig config) {
            return config.member(id).isEmpty();
        }

        @Override
        public List<Integer> votersAfter(EnsembleConfig config) {
            return config.voters().stream().map(Member::id).filter(v -> v != id).toList();
        }

        @Override
        public int serverId() {
            return id;
        }

        @Override
        public String describe() {
            return "remove server " + id;
        }
    }
}
