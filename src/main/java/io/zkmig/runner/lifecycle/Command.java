package io.zkmig.runner.lifecycle;

import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command of the migration lifecycle as the operator types it, written with the placeholders
 * {@code <spec>} (the spec file), {@code <name>} (the migration) and {@code <group>} (a client group).
 * Three kinds: one of zkmig's own commands; a {@code cdktf} command, which applies the stacks of the
 * spec's stage {@link #atStage()} (so the spec must say that stage first); or {@link Kind#NONE}: nothing
 * this version of zkmig can run, described in words so that no message points at a command that does
 * not exist.
 */
public record Command(Kind kind, String template, Stage atStage, Stage upTo) {

    public enum Kind { ZKMIG, CDKTF, NONE }

    /** Stacks that exist only when the spec has {@code legacy.network}. */
    private static final List<String> NETWORK_STACKS = List.of("<name>-bridge-aws", "<name>-bridge", "<name>-legacy");

    public static Command zkmig(String template) {
        return new Command(Kind.ZKMIG, template, null, null);
    }

    /** A cdktf command that applies the stacks as the spec's stage {@code atStage} declares them. */
    public static Command cdktf(Stage atStage, String template) {
        return new Command(Kind.CDKTF, template, atStage, atStage);
    }

    /** The same, for stacks that every stage from {@code atStage} to {@code upTo} declares alike. */
    public static Command cdktf(Stage atStage, Stage upTo, String template) {
        return new Command(Kind.CDKTF, template, atStage, upTo);
    }

    public static Command none(String description) {
        return new Command(Kind.NONE, description, null, null);
    }

    public boolean exists() {
        return kind != Kind.NONE;
    }

    /** False for a cdktf command all of whose stacks the spec does not have (no legacy.network: no legacy stack). */
    public boolean appliesTo(MigrationSpec spec) {
        return kind != Kind.CDKTF || render(spec).split(" ").length > 2;
    }

    /** The command with the spec's path and name filled in ({@code <group>} left for the caller). */
    public String render(MigrationSpec spec) {
        String t = template;
        if (kind == Kind.CDKTF && spec.legacy() != null && spec.legacy().network() == null) {
            List<String> words = new ArrayList<>(List.of(t.split(" ")));
            words.removeAll(NETWORK_STACKS);
            t = String.join(" ", words);
        }
        return t.replace("<spec>", specPath(spec)).replace("<name>", spec.name());
    }

    /** The same with {@code <group>} filled in. */
    public String render(MigrationSpec spec, String group) {
        return render(spec).replace("<group>", group);
    }

    /**
     * What to do, as a sentence part: {@code `zkmig observe stacks/x.yaml`}; for cdktf, first setting the
     * stage in the spec when it says another one; for {@link Kind#NONE}, the description.
     */
    public String instruction(MigrationSpec spec) {
        return instruction(spec, render(spec));
    }

    public String instruction(MigrationSpec spec, String rendered) {
        return switch (kind) {
            case NONE -> rendered;
            case ZKMIG -> "`" + rendered + "`";
            case CDKTF -> spec.stage().atLeast(atStage) && upTo.atLeast(spec.stage()) ? "`" + rendered + "`"
                    : "set `stage: " + atStage.yamlName() + "` in " + specPath(spec) + ", then `" + rendered + "`";
        };
    }

    /** As the lifecycle table prints it: the template, with the stage a cdktf command applies. */
    @Override
    public String toString() {
        return kind != Kind.CDKTF ? template : template + " (stage " + atStage.yamlName()
                + (upTo == atStage ? "" : ".." + upTo.yamlName()) + ")";
    }

    /** The spec's path as the operator would type it: relative to the working folder when inside it. */
    public static String specPath(MigrationSpec spec) {
        if (spec.source() == null) {
            return "stacks/" + spec.name() + ".yaml";
        }
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = spec.source().toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : spec.source().toString();
    }
}
