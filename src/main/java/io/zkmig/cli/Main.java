package io.zkmig.cli;

import io.zkmig.runner.ledger.LedgerDamagedException;
import io.zkmig.runner.ledger.LedgerLockedException;
import io.zkmig.runner.lifecycle.Refusal;
import io.zkmig.spec.InvalidSpecException;
import io.zkmig.spec.SecretRef;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: {@code bin/zkmig}. Maps failures to the exit codes in {@link ExitCodes}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new ZkmigCommand());
        cmd.setExecutionExceptionHandler(Main::handle);
        cmd.getCommandSpec().usageMessage().exitCodeList(ExitCodes.HELP_LIST);
        return cmd;
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof InvalidSpecException invalid) {
            err.println("zkmig: invalid spec");
            invalid.problems().forEach(p -> err.println("  - " + p));
            return ExitCodes.INVALID_SPEC;
        }
        if (e instanceof LedgerDamagedException) {
            err.println("zkmig: " + e.getMessage());
            return ExitCodes.INVALID_SPEC;
        }
        if (e instanceof UnreachableException) {
            err.println("zkmig: " + e.getMessage());
            return ExitCodes.UNREACHABLE;
        }
        if (e instanceof LedgerLockedException || e instanceof RefusedException || e instanceof Refusal) {
            err.println("zkmig: " + e.getMessage());
            return ExitCodes.REFUSED;
        }
        if (e instanceof NotInSpecException) {
            err.println("zkmig: " + e.getMessage());
            return ExitCodes.INVALID_SPEC;
        }
        if (e instanceof SecretRef.SecretUnavailableException) {
            err.println("zkmig: credential not available: " + e.getMessage());
            return ExitCodes.INVALID_SPEC;
        }
        err.println("zkmig: " + (e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
        if (System.getenv("ZKMIG_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }
}
