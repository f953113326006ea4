package io.zkmig.cli;

import io.zkmig.runner.MigrationContext;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.runner.lifecycle.MigrationLifecycle;
import io.zkmig.runner.lifecycle.Refusal;
import io.zkmig.runner.lifecycle.RunnerCommand;
import io.zkmig.spec.InvalidSpecException;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code <spec>} parameter every migration command takes (a picocli mixin), and what a command derives from it:
 * the loaded spec, the command's output, the recorded state, and a runner session holding the ledger's lock.
 */
public final class SpecParameter {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "<spec>", description = "The migration's spec, stacks/<name>.yaml.")
    Path file;

    private MigrationSpec loaded;
    private PrintStream out;

    public Path file() {
        return file;
    }

    /** The spec, loaded once; an invalid one throws {@link InvalidSpecException} (exit 3, every problem listed). */
    public MigrationSpec spec() throws InvalidSpecException {
        if (loaded == null) {
            loaded = SpecFiles.load(file);
        }
        return loaded;
    }

    public PrintWriter writer() {
        return command.commandLine().getOut();
    }

    /** The command's output as the stream steps and progress bars print to. */
    public PrintStream out() {
        if (out == null) {
            out = RunnerIo.stream(writer());
        }
        return out;
    }

    /** What the ledger says so far, without taking the lock. */
    public MigrationState recorded() throws InvalidSpecException {
        return SpecFiles.recordedState(spec());
    }

    /** The legacy super user's password, or null when the spec names none or it is not available. */
    public String superPasswordIfAvailable() throws InvalidSpecException {
        return SpecFiles.superPasswordIfAvailable(spec());
    }

    /**
     * Starts a runner for one of the lifecycle's commands: resolves the credentials the spec names first (a missing
     * one refuses before anything is written), opens the ledger, taking the runner lock until the session is
     * closed, and asks the migration lifecycle whether the recorded state allows the command: a {@link Refusal}
     * (exit 5, naming the command to run first) when it does not, with nothing written.
     */
    public RunnerSession openRunner(RunnerCommand command, PrintStream stepOutput) throws InvalidSpecException {
        MigrationSpec m = spec();
        String superPassword = SpecFiles.superPassword(m);
        Ledger ledger = SpecFiles.openLedger(m);
        try {
            MigrationLifecycle.check(command, m, ledger.state());
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
        return new RunnerSession(ledger, new MigrationContext(m, ledger, stepOutput, superPassword));
    }

    public RunnerSession openRunner(RunnerCommand command) throws InvalidSpecException {
        return openRunner(command, out());
    }

    /** A runner's hold on the migration: the ledger (with its lock) and the steps' context. */
    public record RunnerSession(Ledger ledger, MigrationContext context) implements AutoCloseable {
        public MigrationState state() {
            return ledger.state();
        }

        @Override
        public void close() {
            ledger.close();
        }
    }
}
