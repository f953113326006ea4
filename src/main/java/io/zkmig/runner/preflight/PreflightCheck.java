package io.zkmig.runner.preflight;

import java.util.List;

/** One thing preflight looks at. Checks only read; none changes anything. */
public interface PreflightCheck {
    List<Finding> run(PreflightContext ctx);
}
