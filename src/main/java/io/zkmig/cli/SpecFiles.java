package io.zkmig.cli;

import io.zkmig.cloud.Ledgers;
import io.zkmig.cloud.S3Ledger;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.spec.CredentialRefs;
import io.zkmig.spec.InvalidSpecException;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.SecretRef;
import io.zkmig.spec.SpecLoader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Loading a spec and its ledger for a command; failures become the documented exit codes. */
public final class SpecFiles {
    private SpecFiles() {
    }

    /** Loads the spec; an invalid one throws {@link InvalidSpecException} (exit 3, every problem listed). */
    public static MigrationSpec load(Path file) throws InvalidSpecException {
        return SpecLoader.load(file);
    }

    /**
     * Opens the migration's ledger ({@code state.ledger}) for writing, taking its runner lock; a torn last line (an
     * append a crash interrupted) is moved aside, and said so on stderr. A damaged ledger refuses (exit 3).
     */
    public static Ledger openLedger(MigrationSpec spec) throws InvalidSpecException {
        Ledger ledger;
        try {
            ledger = Ledgers.open(spec);
        } catch (UncheckedIOException e) {
            throw StateFolderFailure.of(spec, e);
        }
        if (ledger instanceof FileLedger file) {
            file.setAside().ifPresent(torn -> System.err.println("zkmig: the ledger's last line was torn by an "
                    + "interrupted write (it never completed); it was moved to " + torn + " and the ledger continues"));
        }
        if (ledger instanceof S3Ledger s3) {
            s3.staleLockTakenOver().ifPresent(holder -> System.err.println("zkmig: the ledger's lock was left by a "
                    + "runner that is gone (" + holder + "); this runner took it over"));
        }
        return ledger;
    }

    /** What the ledger says so far, without taking the lock. */
    public static MigrationState recordedState(MigrationSpec spec) throws InvalidSpecException {
        try {
            try (Ledger ledger = Ledgers.readOnly(spec)) {
                return ledger.state();
            }
        } catch (UncheckedIOException e) {
            throw StateFolderFailure.of(spec, e);
        }
    }

    /** The legacy super user's password if the spec names one and it is available; never printed. */
    public static String superPassword(MigrationSpec spec) {
        SecretRef ref = spec.legacy().superUser();
        return ref == null ? null : ref.resolve(CredentialRefs.LEGACY_SUPER_USER, System.getenv(), spec.baseDir());
    }

    /** The super user's password, or null when the spec names none or it is not available (read-only commands). */
    public static String superPasswordIfAvailable(MigrationSpec spec) {
        try {
            return superPassword(spec);
        } catch (SecretRef.SecretUnavailableException e) {
            return null;
        }
    }
}
