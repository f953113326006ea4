package io.zkmig.runner.status;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zkmig.cloud.CloudFinding;
import io.zkmig.cloud.LegacyAccountReport;
import io.zkmig.runner.preflight.BridgeExpectation;
import io.zkmig.spec.MigrationSpec;
import java.util.List;
import java.util.Optional;

/**
 * For {@code zkmig status} with {@code legacy.network}: the legacy account's inventory and the AWS side of the
 * bridge, each piece as found, and whether the spec's stage needs the bridge. An account that does not answer
 * is a line of the status ({@code unreadable}), never a failed status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegacyAccountStatus(String account, String unreadable, String bridgeExpected,
                                  List<CloudFinding> inventory, List<CloudFinding> bridge) {

    /** Empty when the spec has no {@code legacy.network}. */
    public static Optional<LegacyAccountStatus> of(MigrationSpec spec) {
        if (spec.legacy().awsNetwork().isEmpty()) {
            return Optional.empty();
        }
        LegacyAccountReport r = LegacyAccountReport.read(spec);
        String expected = switch (BridgeExpectation.at(spec.stage())) {
            case NOT_YET -> "not yet (stage " + spec.stage().yamlName() + ")";
            case REQUIRED -> "required (stage " + spec.stage().yamlName() + ")";
            case REMOVED -> "removed (stage " + spec.stage().yamlName() + ")";
        };
        Optional<CloudFinding> unreadable = r.unreadable();
        return Optional.of(unreadable.isPresent()
                ? new LegacyAccountStatus(r.where(), unreadable.get().message(), expected, List.of(), List.of())
                : new LegacyAccountStatus(r.where(), null, expected, r.inventory(), r.bridge()));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(account);
        if (unreadable != null) {
            return b.append("\n  ").append(unreadable).append(" (the rest of the status does not depend on it)").toString();
        }
        b.append("\n  inventory:");
        if (inventory.isEmpty()) {
            b.append(" legacy.network lists no instances or volumes");
        }
        inventory.forEach(f -> line(b, f));
        b.append("\n  bridge, ").append(bridgeExpected).append(":");
        bridge.forEach(f -> line(b, f));
        return b.toString();
    }

    private static void line(StringBuilder b, CloudFinding f) {
        b.append("\n    ").append(String.format("%-4s %s", f.level(), f.message()));
    }
}
