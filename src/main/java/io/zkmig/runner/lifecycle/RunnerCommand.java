package io.zkmig.runner.lifecycle;

import io.zkmig.spec.Stage;

/**
 * The runner's commands that change the migration, each with the stage it brings about ({@link #forward})
 * or undoes. A forward command needs what its stage needs; every command is refused where
 * {@link MigrationLifecycle} forbids it.
 */
public enum RunnerCommand {
    PROVISIONED(Commands.PROVISIONED, Stage.PROVISION, null),
    OBSERVE(Commands.OBSERVE, Stage.OBSERVE, null),
    VERIFY(Commands.VERIFY, Stage.VERIFY, null),
    CUTOVER_MARK(Commands.CUTOVER_MARK, Stage.CUTOVER, null),
    SPLIT(Commands.SPLIT_DYNAMIC, Stage.SPLIT, null),
    SPLIT_STATIC(Commands.SPLIT_STATIC, Stage.SPLIT, null),
    QUIET(Commands.QUIET, Stage.DISCONNECT, null),
    DISCONNECTED(Commands.DISCONNECTED, Stage.DISCONNECT, null),
    DECOMMISSION(Commands.SNAPSHOT_LEGACY, Stage.DECOMMISSION, null),
    CUTOVER_UNMARK(Commands.CUTOVER_UNMARK, Stage.CUTOVER, Stage.CUTOVER),
    /** Undoes the split, and with it a disconnect (after the bridge is deployed again). */
    SPLIT_ROLLBACK(Commands.SPLIT_ROLLBACK, Stage.SPLIT, Stage.DISCONNECT),
    /** Undoes observe, and with it verify and the cutover marks. */
    ROLLBACK(Commands.ROLLBACK, Stage.OBSERVE, Stage.CUTOVER);

    private final Command command;
    private final Stage stage;
    private final Stage undoesThrough;

    RunnerCommand(Command command, Stage stage, Stage undoesThrough) {
        this.command = command;
        this.stage = stage;
        this.undoesThrough = undoesThrough;
    }

    public Command command() {
        return command;
    }

    /** The stage this command brings about (forward) or undoes. */
    public Stage stage() {
        return stage;
    }

    public boolean forward() {
        return undoesThrough == null;
    }

    /** The stages a way back undoes, from its own to the last it takes back; empty for a forward command. */
    public java.util.List<Stage> undoes() {
        return forward() ? java.util.List.of()
                : java.util.List.copyOf(java.util.EnumSet.range(stage, undoesThrough));
    }

    /** How messages name it: {@code zkmig split --rollback}. */
    public String label() {
        return command.template().replace(" <spec>", "").replace(" <group>", "");
    }
}
