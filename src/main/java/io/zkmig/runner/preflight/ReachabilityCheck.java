package io.zkmig.runner.preflight;

import io.zkmig.ensemble.ServerRole;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.support.TcpPorts;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Every server's client, quorum and election port answers. Followers listen on the quorum port only
 * while leading, so the quorum port is required of the leader; the election port of everyone.
 */
final class ReachabilityCheck implements PreflightCheck {
    private static final String NAME = "reachability";

    @Override
    public List<Finding> run(PreflightContext ctx) {
        List<Finding> findings = new ArrayList<>();
        check("legacy", ctx.spec().legacy().servers(), ctx.legacy(), true, findings);
        check("target", ctx.spec().target().servers(), ctx.target(), ctx.targetExpected(), findings);
        return findings;
    }

    private static void check(String side, List<ServerSpec> servers, List<ServerStatus> statuses, boolean required,
                              List<Finding> findings) {
        for (int i = 0; i < servers.size(); i++) {
            ServerSpec s = servers.get(i);
            ServerStatus st = statuses.get(i);
            String subject = side + " " + s.id();
            List<String> closed = new ArrayList<>();
            if (st.role() == ServerRole.DOWN) {
                closed.add("client " + s.clientAddress());
            } else if (st.error() != null) {
                findings.add(Finding.fail(NAME, subject, st.error() + ": add 4lw.commands.whitelist=srvr,mntr,conf,cons"));
                continue;
            }
            if (!TcpPorts.isListening(s.host(), s.electionPort())) {
                closed.add("election " + s.host() + ":" + s.electionPort());
            }
            if (st.role() == ServerRole.LEADER && !TcpPorts.isListening(s.host(), s.quorumPort())) {
                closed.add("quorum " + s.host() + ":" + s.quorumPort());
            }
            if (closed.isEmpty()) {
                findings.add(Finding.pass(NAME, subject, st.role().label() + ", ports answer"));
            } else if (required) {
                findings.add(Finding.fail(NAME, subject, "unreachable: " + String.join(", ", closed)));
            } else {
                findings.add(Finding.warn(NAME, subject, "not reachable yet (" + String.join(", ", closed)
                        + "); expected once the target is provisioned"));
            }
        }
    }
}
