package io.zkmig.runner.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zkmig.spec.Stage;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a missing bridge piece is a failure: read off the lifecycle's bridge deploy, stage by stage. */
class BridgeExpectationTest {
    @Test
    void theBridgeIsRequiredFromTheStageAfterItsDeployUntilTheSplitAndExpectedGoneAfter() {
        Map<Stage, BridgeExpectation> byStage = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            byStage.put(s, BridgeExpectation.at(s));
        }
        assertEquals(Map.of(
                Stage.DEFINE, BridgeExpectation.NOT_YET,
                Stage.PROVISION, BridgeExpectation.NOT_YET,
                Stage.CONNECT, BridgeExpectation.NOT_YET,
                Stage.OBSERVE, BridgeExpectation.REQUIRED,
                Stage.VERIFY, BridgeExpectation.REQUIRED,
                Stage.CUTOVER, BridgeExpectation.REQUIRED,
                Stage.SPLIT, BridgeExpectation.REQUIRED,
                Stage.DISCONNECT, BridgeExpectation.REMOVED,
                Stage.DECOMMISSION, BridgeExpectation.REMOVED), byStage);
    }
}
