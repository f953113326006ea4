package io.zkmig.runner.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a migration is by its ledger, as {@code zkmig status} shows it: the stage reached and what that
 * means, the milestones in effect, those the servers contradict (each with the command that restores it),
 * the next command (then the one after, when the next stage records nothing), and the way back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Position(String stage, String state, List<String> milestones, List<Contradiction> contradicted,
                       List<Advice> next, Advice wayBack) {

    /**
     * One thing to do: {@code instruction} as the operator reads it (with the spec's stage to set for cdktf),
     * {@code command} the command line alone (null when no command exists for it), and why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Advice(String instruction, String command, String why) {
    }

    /** A milestone the ledger records and the servers contradict, and what restores it. */
    public record Contradiction(String milestone, String restore) {
    }
}
