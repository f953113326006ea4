package io.zkmig.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig rollback <spec>}: undo observe, verify and cutover (the split has its own rollback). */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Undo observe, verify and cutover (same as zkmig observe --rollback): target servers leave the "
                + "legacy ensemble and restart with the configuration and data they had before; legacy servers are not "
                + "touched; groups marked moved are listed for moving back. Refused while clients are connected to "
                + "target servers (unless --force), and once the split has begun (use zkmig split --rollback).")
final class RollbackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SpecParameter migration;

    @Option(names = "--force", description = "Roll back although client sessions are connected to target servers.")
    boolean force;

    @Option(names = "--manual-timeout", defaultValue = "60m", converter = DurationConverter.class,
            description = "nodes.mode manual: how long to wait for each change to be applied. Default: ${DEFAULT-VALUE}.")
    Duration manualTimeout;

    @Override
    public Integer call() throws Exception {
        return ObserveRollbackRun.run(migration, force, manualTimeout);
    }
}
