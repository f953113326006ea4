package io.zkmig.runner.cutover;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zkmig.spec.ClientGroup;
import java.time.Instant;
import java.util.List;

/**
 * One client group's cutover: how it connects, whether it was marked moved, and (when sessions were read)
 * where its sessions sit, how many leader latches it holds on each side, and what does not add up.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupProgress(String group, String owner, ClientGroup.Connection connection, boolean marked,
                            Instant markedAt, String reason, Long sessionsOnLegacy, Long sessionsOnTarget,
                            Long latchesOnLegacy, Long latchesOnTarget, List<String> findings) {

    /** Where the group stands, in a few words. */
    public String state() {
        if (connection == ClientGroup.Connection.FOLLOWS_CONFIG) {
            return marked ? "acknowledged: moves at the split by itself" : "moves at the split by itself";
        }
        if (marked) {
            return sessionsOnLegacy != null && sessionsOnLegacy > 0 ? "marked moved, but sessions remain on legacy" : "moved";
        }
        if (sessionsOnTarget != null && sessionsOnTarget > 0) {
            return sessionsOnLegacy != null && sessionsOnLegacy > 0 ? "moving (restart in progress)" : "on target, not marked yet";
        }
        return "on legacy: restart it with its target connect string";
    }
}
