package io.zkmig.runner.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.sandbox.LocalEnsemble;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("zookeeper")
class ClientWorkloadTest {
    @Test
    void aSteadyEnsembleServesTheWorkloadWithoutAFailureAndOneLeader() throws Exception {
        try (LocalEnsemble legacy = LocalEnsemble.builder("wl", "3.8.4").servers(3).start();
             ClientWorkload w = ClientWorkload.start(legacy.connectString(), ClientWorkload.Options.defaults())) {
            assertTrue(w.awaitWrites(40, Duration.ofSeconds(60)));
            w.stop();
            WorkloadStats s = w.stats();
            assertEquals(0, s.failedOperations(), s.summary());
            assertEquals(1, s.maxConcurrentLeaders(), s.summary());
            assertEquals(1, s.currentLeaders(), s.summary());
            assertEquals(0, s.sessionsExpired(), s.summary());
            assertEquals(List.of(), w.missingAcknowledgedWrites());
        }
    }
}
