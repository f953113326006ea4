package io.zkmig.runner.preflight;

import io.zkmig.ensemble.EnsembleProbe;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.spec.MigrationSpec;
import java.util.List;
import java.util.Map;

/** The spec, the environment credentials come from, and each server's probed status (probed once). */
public record PreflightContext(MigrationSpec spec, Map<String, String> environment, List<ServerStatus> legacy,
                               List<ServerStatus> target) {

    public static PreflightContext probe(MigrationSpec spec, Map<String, String> environment) {
        return new PreflightContext(spec, environment, EnsembleProbe.probe(spec.legacy().servers()),
                EnsembleProbe.probe(spec.target().servers()));
    }

    /** Target servers must answer only once the migration is past provisioning. */
    public boolean targetExpected() {
        return spec.stage().atLeast(io.zkmig.spec.Stage.CONNECT);
    }
}
