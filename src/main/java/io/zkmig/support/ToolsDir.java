package io.zkmig.support;

import java.nio.file.Path;

/** The git-ignored folder where zkmig keeps what it installs: {@code $ZKMIG_TOOLS_DIR} or {@code <home>/.tools}. */
public final class ToolsDir {
    private ToolsDir() {
    }

    public static Path get() {
        String override = System.getenv("ZKMIG_TOOLS_DIR");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return home().resolve(".tools");
    }

    /** The zkmig checkout: {@code -Dzkmig.home} (set by bin/zkmig and the tests), else the working directory. */
    public static Path home() {
        String home = System.getProperty("zkmig.home");
        return (home == null ? Path.of(".") : Path.of(home)).toAbsolutePath().normalize();
    }
}
