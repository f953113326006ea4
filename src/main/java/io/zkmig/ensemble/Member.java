package io.zkmig.ensemble;

import io.zkmig.spec.ServerSpec;

/** One {@code server.N=} line of a ZooKeeper configuration. */
public record Member(int id, String host, int quorumPort, int electionPort, Role role, int clientPort) {

    public static Member of(ServerSpec s, Role role) {
        return new Member(s.id(), s.host(), s.quorumPort(), s.electionPort(), role, s.clientPort());
    }

    /** The 3.5+ dynamic form: {@code host:quorum:election:role;clientHost:clientPort}. */
    public String dynamicLine() {
        return "server." + id + "=" + host + ":" + quorumPort + ":" + electionPort + ":" + role.configName()
                + ";" + host + ":" + clientPort;
    }

    /** The 3.4 static form: {@code host:quorum:election[:observer]}. */
    public String staticLine() {
        return "server." + id + "=" + host + ":" + quorumPort + ":" + electionPort
                + (role == Role.OBSERVER ? ":observer" : "");
    }

    /** The value a {@code reconfig -add} takes: everything after {@code server.N=}. */
    public String reconfigSpec() {
        return dynamicLine().substring(dynamicLine().indexOf('=') + 1);
    }

    public Member withRole(Role newRole) {
        return new Member(id, host, quorumPort, electionPort, newRole, clientPort);
    }
}
