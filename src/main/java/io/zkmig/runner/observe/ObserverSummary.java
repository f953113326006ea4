package io.zkmig.runner.observe;

import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For {@code zkmig status}: each target server's state against the legacy ensemble in plain words (server id to
 * e.g. "non-voting follower ..., 0 transaction(s) behind"); empty when the legacy has no leader to compare with.
 */
public record ObserverSummary(Map<String, String> servers) {

    public static ObserverSummary of(MigrationSpec spec) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            LegacyView legacy = LegacyView.read(spec);
            for (ServerSpec t : spec.target().servers()) {
                TargetObservation o = TargetObservation.of(t, legacy);
                out.put(Integer.toString(t.id()), o.state().label() + (o.observing() && o.lag() != null ? ", " + o.lag()
                        + " transaction(s) behind the legacy leader" : ""));
            }
        } catch (RuntimeException e) {
            // no legacy leader: nothing to compare the target servers with
        }
        return new ObserverSummary(out);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(servers.isEmpty() ? "no legacy leader to compare with" : "");
        servers.forEach((id, state) -> b.append("\n  ").append(id).append(": ").append(state));
        return b.toString();
    }
}
