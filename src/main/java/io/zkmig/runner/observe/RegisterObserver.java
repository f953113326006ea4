package io.zkmig.runner.observe;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ZkConnections;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.Step;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.ServerSpec;
import java.time.Duration;
import org.apache.zookeeper.admin.ZooKeeperAdmin;
import org.apache.zookeeper.data.Stat;

/**
 * Optional ({@code --register-observers}): lists a synced target server in the legacy's /zookeeper/config as an
 * observer, by an incremental reconfig guarded by the config version read just before. Once listed, Curator
 * clients with EnsembleTracker (the default) include it in their connection strings.
 */
final class RegisterObserver implements Step {
    static final String NAME = StepNames.REGISTER_OBSERVER;

    private final ServerSpec target;

    RegisterObserver(ServerSpec target) {
        this.target = target;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String subject() {
        return Integer.toString(target.id());
    }

    @Override
    public String describe() {
        return "list target server " + target.id() + " as observer in the legacy's /zookeeper/config";
    }

    @Override
    public boolean isDone(MigrationContext ctx) {
        return LegacyView.read(ctx.spec()).config().member(target.id()).map(m -> m.role() == Role.OBSERVER).orElse(false);
    }

    @Override
    public void run(MigrationContext ctx) throws Exception {
        LegacyView legacy = LegacyView.read(ctx.spec());
        if (!legacy.dynamic()) {
            throw new IllegalStateException("the legacy ensemble runs a static configuration (3.4, or reconfig never "
                    + "enabled): its target servers are plain observers already and cannot be listed");
        }
        ZooKeeperAdmin zk = ZkConnections.admin(ConnectString.of(ctx.spec().legacy().servers()), ctx.superPassword(),
                Duration.ofSeconds(20));
        try {
            Stat stat = new Stat();
            zk.getConfig(false, stat);
            String joining = "server." + target.id() + "=" + Member.of(target, Role.OBSERVER).reconfigSpec();
            zk.reconfigure(joining, null, null, stat.getMzxid(), new Stat());
        } finally {
            ZkConnections.closeQuietly(zk);
        }
    }
}
