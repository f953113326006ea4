package io.zkmig.runner.preflight;

import io.zkmig.ensemble.ServerStatus;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.ZooKeeperVersion;
import java.util.ArrayList;
import java.util.List;

/** Which split the legacy versions allow, known bugs, and whether servers run the version the spec says. */
final class VersionCheck implements PreflightCheck {
    private static final String NAME = "version";

    @Override
    public List<Finding> run(PreflightContext ctx) {
        List<Finding> findings = new ArrayList<>();
        List<ServerSpec> servers = ctx.spec().legacy().servers();
        for (int i = 0; i < servers.size(); i++) {
            ServerSpec s = servers.get(i);
            ServerStatus st = ctx.legacy().get(i);
            ZooKeeperVersion declared = s.zooKeeperVersion();
            String subject = "legacy " + s.id();
            if (st.release() != null && !st.release().equals(declared.toString())) {
                findings.add(Finding.warn(NAME, subject, "spec says " + declared + " but the server runs " + st.release()
                        + "; fix the spec"));
            }
            ZooKeeperVersion running = st.release() != null ? ZooKeeperVersion.parse(st.release()) : declared;
            if (!running.supportsReconfig()) {
                findings.add(Finding.warn(NAME, subject, "ZooKeeper " + running + " has no dynamic reconfiguration: only "
                        + "the static split applies (seconds of outage; the legacy side then expires moved sessions)"));
            } else if (running.hasRollingRestartBug()) {
                findings.add(Finding.warn(NAME, subject, "ZooKeeper " + running + " has ZOOKEEPER-3829 (rolling restarts "
                        + "can leave a server unable to rejoin; fixed in 3.5.9/3.6.2/3.7.0): avoid rolling restarts"));
            } else {
                findings.add(Finding.pass(NAME, subject, "ZooKeeper " + running + " supports the dynamic split"));
            }
        }
        String target = ctx.spec().target().version();
        findings.add(Finding.pass(NAME, "target", "managed ZooKeeper " + target + " is offered by Instaclustr"));
        return findings;
    }
}
