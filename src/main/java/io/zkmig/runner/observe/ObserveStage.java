package io.zkmig.runner.observe;

import io.zkmig.nodes.NodeControl;
import io.zkmig.runner.Step;
import io.zkmig.runner.StepChain;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage observe as a chain of small steps: stop the target's own ensemble (every server, before any joins the
 * legacy), then for each target server in turn restart it as observer of the legacy ensemble and wait until it
 * has caught up (one at a time, so the legacy leader sends one snapshot at a time),
 * optionally list them in the legacy's config, then record the milestone. Legacy servers are never touched;
 * re-running skips what is already in effect.
 */
public final class ObserveStage {
    public static final String STAGE = "observe";

    private ObserveStage() {
    }

    public static StepChain chain(MigrationSpec spec, NodeControl nodes, ObserveOptions options) {
        if (spec.target().servers().isEmpty()) {
            throw new IllegalArgumentException("target.servers is empty: list the provisioned target servers in the spec");
        }
        int highestLegacy = spec.legacy().servers().stream().mapToInt(ServerSpec::id).max().orElse(0);
        for (ServerSpec t : spec.target().servers()) {
            if (t.id() <= highestLegacy) {
                throw new IllegalArgumentException("target server id " + t.id() + " must sit above the legacy ids (highest "
                        + highestLegacy + "): myids may not collide when both sides share an ensemble");
            }
        }
        List<Step> steps = new ArrayList<>();
        spec.target().servers().forEach(t -> steps.add(new StopOwnEnsemble(t, nodes)));
        for (ServerSpec t : spec.target().servers()) {
            steps.add(new RestartAsObserver(t, nodes));
            steps.add(new AwaitCaughtUp(t, options));
        }
        if (options.registerObservers()) {
            spec.target().servers().forEach(t -> steps.add(new RegisterObserver(t)));
        }
        steps.add(new ObservingMilestone());
        return new StepChain(STAGE, steps);
    }
}
