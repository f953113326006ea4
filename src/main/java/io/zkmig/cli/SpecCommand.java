package io.zkmig.cli;

import io.zkmig.spec.CredentialRefs;
import io.zkmig.spec.MigrationSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zkmig spec check <file>}. */
@Command(name = "spec", description = "Work with migration specs.", mixinStandardHelpOptions = true,
        subcommands = SpecCommand.Check.class)
final class SpecCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a spec: every problem at once, each with its field path; warns about credentials "
                    + "it names that cannot be read here (an unset variable, a missing file). Changes nothing.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SpecParameter migration;

        @Override
        public Integer call() throws Exception {
            MigrationSpec m = migration.spec();
            migration.writer().printf("%s: valid (migration %s, stage %s, %d legacy servers, target %s x%d, %d client groups)%n",
                    migration.file(), m.name(), m.stage().yamlName(), m.legacy().servers().size(), m.target().version(),
                    m.target().nodeCount(), m.clients().size());
            CredentialRefs.unavailable(m, System.getenv()).forEach(w -> migration.writer().println("WARN " + w));
            return ExitCodes.OK;
        }
    }
}
