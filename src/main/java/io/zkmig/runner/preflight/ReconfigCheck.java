package io.zkmig.runner.preflight;

import io.zkmig.ensemble.ReconfigProbe;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.SecretRef;
import io.zkmig.spec.ZooKeeperVersion;
import java.util.List;

/** reconfigEnabled on the legacy ensemble, and whether the super-user credential may reconfigure it. */
final class ReconfigCheck implements PreflightCheck {
    private static final String NAME = "reconfig";

    @Override
    public List<Finding> run(PreflightContext ctx) {
        ServerStatus anyUp = ctx.legacy().stream().filter(ServerStatus::isServing).findFirst().orElse(null);
        if (anyUp == null) {
            return List.of(Finding.fail(NAME, "legacy", "no legacy server serves; cannot check reconfiguration"));
        }
        if (!ZooKeeperVersion.parse(anyUp.release()).supportsReconfig()) {
            return List.of(Finding.warn(NAME, "legacy", "ZooKeeper " + anyUp.release()
                    + " cannot reconfigure: the split will be static (zkmig split --static)"));
        }
        SecretRef ref = ctx.spec().legacy().superUser();
        String password = null;
        if (ref != null) {
            try {
                password = ref.resolve(ctx.environment(), ctx.spec().baseDir());
            } catch (SecretRef.SecretUnavailableException e) {
                return List.of(Finding.fail(NAME, "legacy.superUser", "credential " + ref + " unavailable: " + e.getMessage()));
            }
        }
        ReconfigProbe.Outcome outcome = ReconfigProbe.probe(ConnectString.of(ctx.spec().legacy().servers()), password);
        return List.of(switch (outcome) {
            case ALLOWED -> Finding.pass(NAME, "legacy", outcome.meaning());
            case DISABLED -> Finding.fail(NAME, "legacy", "reconfigEnabled=false: the zero-downtime split needs it on. "
                    + "Either turn it on with a rolling restart (one server at a time, quorum kept"
                    + (ctx.legacy().stream().anyMatch(s -> s.release() != null
                            && ZooKeeperVersion.parse(s.release()).hasRollingRestartBug()) ? "; this version has ZOOKEEPER-3829" : "")
                    + "), or accept the static split (zkmig split --static: seconds of outage)");
            case NOT_AUTHORIZED -> Finding.fail(NAME, "legacy.superUser", ref == null
                    ? "reconfig needs the super user (digest) or an ACL on /zookeeper/config: set legacy.superUser"
                    : "the super-user credential " + ref + " was rejected for /zookeeper/config");
            case UNREACHABLE -> Finding.fail(NAME, "legacy", "could not open a session to the legacy ensemble");
        });
    }
}
