package io.zkmig.runner.observe;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerProbe;
import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The legacy ensemble as it reports itself right now: its leader, the leader's last zxid and znode count, and
 * the membership it runs with (the leader's {@code /zookeeper/config} on 3.5+, the spec's servers on 3.4).
 * Read only: zkmig never changes a legacy server.
 */
public record LegacyView(ServerSpec leader, ServerStatus leaderStatus, List<ServerStatus> servers,
                         EnsembleConfig config) {

    /** Probes every legacy server; fails when no leader answers (the ensemble has no quorum or is unreachable). */
    public static LegacyView read(MigrationSpec spec) {
        List<ServerStatus> statuses = spec.legacy().servers().parallelStream()
                .map(s -> ServerProbe.probe(s.id(), s.host(), s.clientPort())).toList();
        ServerStatus leaderStatus = statuses.stream().filter(s -> s.role() == ServerRole.LEADER).findFirst()
                .orElseThrow(() -> new IllegalStateException("no legacy server reports itself leader: "
                        + statuses.stream().map(s -> s.id() + "=" + s.role().label()).collect(Collectors.joining(", "))));
        ServerSpec leader = spec.legacy().servers().stream().filter(s -> s.id() == leaderStatus.id()).findFirst().orElseThrow();
        EnsembleConfig config = reportedConfig(leader);
        if (config.members().isEmpty()) {
            config = new EnsembleConfig(spec.legacy().servers().stream().map(s -> Member.of(s, Role.PARTICIPANT)).toList(),
                    EnsembleConfig.NO_VERSION);
        }
        return new LegacyView(leader, leaderStatus, statuses, config);
    }

    /** The membership a server reports in {@code conf} (3.5+); no members for 3.4. */
    public static EnsembleConfig reportedConfig(ServerSpec server) {
        try {
            return EnsembleConfig.parse(FourLetterWords.send(server.host(), server.clientPort(), "conf"));
        } catch (IOException e) {
            return new EnsembleConfig(List.of(), EnsembleConfig.NO_VERSION);
        }
    }

    public List<Member> voters() {
        return config.voters();
    }

    public Set<Integer> voterIds() {
        return voters().stream().map(Member::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public long leaderZxid() {
        return leaderStatus.zxid();
    }

    /** True when the legacy runs a dynamic configuration (3.5+ with a config version from reconfig's world). */
    public boolean dynamic() {
        return config.version() > 0;
    }

    /** Whether a server is listed in the legacy's own configuration. */
    public boolean lists(int id) {
        return config.member(id).isPresent();
    }

    public long servingCount() {
        return servers.stream().filter(ServerStatus::isServing).count();
    }
}
