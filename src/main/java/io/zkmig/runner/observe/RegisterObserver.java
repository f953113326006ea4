package io.zkmig.runner.observe;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ServerStep;
import io.zkmig.runner.ledger.StepNames;
import io.zkmig.spec.ServerSpec;
import io.zkmig.runner.split.ConfigChange;
import io.zkmig.runner.split.GuardedReconfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Optional ({@code --register-observers}): lists a synced target server in the legacy's /zookeeper/config as an
 * observer, by a {@link GuardedReconfig} (version-guarded, lost answers resolved). Once listed, Curator
 * clients with EnsembleTracker (the default) include it in their connection strings.
 */
final class RegisterObserver extends ServerStep {
    static final String NAME = StepNames.REGISTER_OBSERVER;

    private final ServerSpec target;

    RegisterObserver(ServerSpec target) {
        super(target.id());
        this.target = target;
    }

    @Override
    public String name() {
        return NAME;
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
        List<ServerSpec> known = new ArrayList<>(ctx.spec().legacy().servers());
        known.addAll(ctx.spec().target().servers());
        GuardedReconfig.applyOnce(ctx.spec().legacy().servers(), known, ctx.superPassword(),
                new ConfigChange.AddObserver(Member.of(target, Role.OBSERVER)));
    }
}
