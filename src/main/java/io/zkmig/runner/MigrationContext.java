package io.zkmig.runner;

import io.zkmig.runner.ledger.Ledger;
import io.zkmig.spec.MigrationSpec;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every step sees: the spec, the ledger, where to report, and the resolved super-user password
 * (never printed). {@code facts} carries figures between steps of one run (e.g. the leader's id).
 */
public final class MigrationContext {
    private final MigrationSpec spec;
    private final Ledger ledger;
    private final PrintStream out;
    private final String superPassword;
    private final Map<String, Object> facts = new ConcurrentHashMap<>();

    public MigrationContext(MigrationSpec spec, Ledger ledger, PrintStream out, String superPassword) {
        this.spec = spec;
        this.ledger = ledger;
        this.out = out;
        this.superPassword = superPassword;
    }

    public MigrationSpec spec() {
        return spec;
    }

    public Ledger ledger() {
        return ledger;
    }

    public PrintStream out() {
        return out;
    }

    /** The super user's password for digest auth, or null when the spec names none. */
    public String superPassword() {
        return superPassword;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
