package io.zkmig.runner.preflight;

import io.zkmig.spec.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Target myids must not collide with legacy ids: both sides share one ensemble while observing. */
final class IdCollisionCheck implements PreflightCheck {
    private static final String NAME = "myid";

    @Override
    public List<Finding> run(PreflightContext ctx) {
        Set<Integer> legacy = ctx.spec().legacy().servers().stream().map(ServerSpec::id).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (ServerSpec t : ctx.spec().target().servers()) {
            if (legacy.contains(t.id())) {
                findings.add(Finding.fail(NAME, "target " + t.id(), "myid " + t.id() + " is also a legacy server's id; "
                        + "target ids must sit above the legacy ids (e.g. " + (legacy.stream().max(Integer::compare).orElse(0) + 10) + ")"));
            }
        }
        if (findings.isEmpty()) {
            findings.add(Finding.pass(NAME, "ids", ctx.spec().target().servers().isEmpty()
                    ? "no target servers listed yet" : "legacy and target myids are distinct"));
        }
        return findings;
    }
}
