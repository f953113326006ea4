package io.zkmig.runner.preflight;

import io.zkmig.ensemble.ServerRole;
import io.zkmig.spec.MigrationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs every check and reports all findings at once; changes nothing anywhere. */
public final class Preflight {
    private static final List<PreflightCheck> CHECKS = List.of(new VersionCheck(), new ReachabilityCheck(),
            new ReconfigCheck(), new IdCollisionCheck(), new CidrOverlapCheck(), new LegacyAccountCheck());

    private Preflight() {
    }

    public static Report run(MigrationSpec spec, Map<String, String> environment) {
        PreflightContext ctx = PreflightContext.probe(spec, environment);
        List<Finding> findings = new ArrayList<>();
        for (PreflightCheck check : CHECKS) {
            findings.addAll(check.run(ctx));
        }
        boolean legacyDown = ctx.legacy().stream().allMatch(s -> s.role() == ServerRole.DOWN);
        return new Report(spec.name(), legacyDown, findings);
    }

    /** Every finding; {@code legacyUnreachable} when no legacy server answered, so nothing could be checked there. */
    public record Report(String migration, boolean legacyUnreachable, List<Finding> findings) {
        public boolean failed() {
            return findings.stream().anyMatch(f -> f.level() == Finding.Level.FAIL);
        }

        public long count(Finding.Level level) {
            return findings.stream().filter(f -> f.level() == level).count();
        }
    }
}
