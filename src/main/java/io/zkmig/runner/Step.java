package io.zkmig.runner;

/**
 * One small, named, idempotent piece of a stage. {@link #isDone} looks at the world (ZooKeeper itself,
 * not only the ledger), so a step whose effect is already in place is skipped, and a runner that
 * crashed between doing a step and recording it resumes correctly.
 */
public interface Step {

    /** Stable name recorded in the ledger, e.g. {@code observe.restart-as-observer}. */
    String name();

    /** What it acts on (a server id, a client group), or "" for the whole migration. */
    default String subject() {
        return "";
    }

    /** One line for operators: what this step does. */
    String describe();

    boolean isDone(MigrationContext ctx) throws Exception;

    void run(MigrationContext ctx) throws Exception;
}
