package io.zkmig.runner.preflight;

import io.zkmig.cloud.CloudFinding;
import io.zkmig.cloud.LegacyAccountReport;
import java.util.ArrayList;
import java.util.List;

/**
 * With {@code legacy.network}: the legacy account's inventory (instances and volumes where the spec says) and the
 * AWS side of the bridge, one finding per piece. A missing bridge piece fails only at the stages whose target
 * servers follow the legacy leader over it ({@link BridgeExpectation}); an account that does not answer fails
 * at every stage.
 */
final class LegacyAccountCheck implements PreflightCheck {
    static final String NAME = "aws";

    @Override
    public List<Finding> run(PreflightContext ctx) {
        if (ctx.spec().legacy().awsNetwork().isEmpty()) {
            return List.of();
        }
        LegacyAccountReport report = LegacyAccountReport.read(ctx.spec());
        if (report.unreadable().isPresent()) {
            CloudFinding f = report.unreadable().get();
            return List.of(Finding.fail(NAME, f.subject(), f.message() + "; neither the inventory nor the bridge could be "
                    + "checked (credentials come from legacy.network.profile or the default chain)"));
        }
        List<Finding> findings = new ArrayList<>();
        report.inventory().forEach(f -> findings.add(as(f, f.level(), "")));
        BridgeExpectation expected = BridgeExpectation.at(ctx.spec().stage());
        for (CloudFinding f : report.bridge()) {
            if (f.failed() && expected != BridgeExpectation.REQUIRED) {
                findings.add(as(f, Finding.Level.WARN, "; " + expected.why(ctx.spec())));
            } else {
                findings.add(as(f, f.level(), ""));
            }
        }
        return findings;
    }

    private static Finding as(CloudFinding f, CloudFinding.Level level, String suffix) {
        return as(f, Finding.Level.valueOf(level.name()), suffix);
    }

    private static Finding as(CloudFinding f, Finding.Level level, String suffix) {
        return new Finding(level, f.check(), f.subject(), f.message() + suffix);
    }
}
