package io.zkmig.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code zkmig} command: moves a live ZooKeeper ensemble to Instaclustr Managed ZooKeeper. */
@Command(name = "zkmig",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = "Move a live ZooKeeper ensemble to Instaclustr Managed ZooKeeper with no outage.",
        description = "%nStages: define, provision (cdktf deploy <name>-target), connect (cdktf deploy "
                + "<name>-bridge), observe, verify, cutover, split, disconnect, decommission. The runner does the "
                + "ZooKeeper work between Terraform applies and records every step in the migration's ledger.%n",
        exitCodeListHeading = "%nExit codes:%n",
        subcommands = {
            SpecCommand.class,
            StatusCommand.class,
            PreflightCommand.class,
            ProvisionedCommand.class,
            ObserveCommand.class,
            VerifyCommand.class,
            ClientsCommand.class,
            CutoverCommand.class,
            RollbackCommand.class,
            SplitCommand.class,
            QuietCommand.class,
            DisconnectedCommand.class,
            DecommissionCommand.class,
            picocli.CommandLine.HelpCommand.class,
        })
public final class ZkmigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
