package io.zkmig.sandbox.cli;

import io.zkmig.cli.DurationConverter;
import io.zkmig.cli.ExitCodes;
import io.zkmig.cli.RunnerIo;
import io.zkmig.cli.SpecFiles;
import io.zkmig.sandbox.demo.DemoRun;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zkmig demo}: the whole demo migration on local components (see {@link DemoRun}). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the demo migration of stacks/examples/local.yaml on local components under a live client "
                + "workload: legacy ensemble, local Instaclustr control plane, cdktf deploy of the target through the "
                + "real provider, then observe, verify, cutover and split; prints each stage and the client impact. "
                + "Needs the tool chain (scripts/bootstrap-tools.sh; bin/demo runs it) and the credentials the spec "
                + "names in the environment (bin/demo makes them up).")
public final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--spec", defaultValue = "stacks/examples/local.yaml", description = "Default: ${DEFAULT-VALUE}.")
    Path file;

    @Option(names = "--warmup", defaultValue = "5s", converter = DurationConverter.class,
            description = "Workload time before the first stage. Default: ${DEFAULT-VALUE}.")
    Duration warmup;

    @Override
    public Integer call() throws Exception {
        MigrationSpec m = SpecFiles.load(file);
        PrintStream out = RunnerIo.stream(spec.commandLine().getOut());
        boolean ok = new DemoRun(m, System.getenv(), out, warmup).run();
        out.println(ok ? "\ndemo finished: no failed operation, no lost write, never two leaders"
                : "\ndemo finished WITH PROBLEMS (see above)");
        return ok ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
