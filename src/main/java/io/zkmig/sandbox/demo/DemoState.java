package io.zkmig.sandbox.demo;

import io.zkmig.cli.RefusedException;
import io.zkmig.sandbox.Sandbox;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.StateFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A demo always starts afresh: the servers of an earlier run are stopped (by pid file), then what zkmig wrote
 * in the state folder is removed, by name ({@link StateFolder#ENTRIES}); nothing else in it is touched. The spec
 * check has already refused a state folder that is not zkmig's.
 */
final class DemoState {
    private DemoState() {
    }

    /** Refuses a state folder holding a migration's ledger that no demo wrote (no {@code demo/}): a real one's. */
    static void reset(MigrationSpec spec, Map<String, String> environment) throws IOException {
        Path state = spec.stateDir();
        if (Files.exists(state.resolve(StateFolder.LEDGER)) && !Files.isDirectory(state.resolve(StateFolder.DEMO))) {
            throw new RefusedException("the state folder " + state + " holds the ledger of a migration the demo did not "
                    + "run; the demo starts by clearing its state folder, so give it a spec whose state.dir is its own");
        }
        new Sandbox(spec, true, environment).stopRunning();
        for (Path own : StateFolder.ownEntries(state)) {
            try (Stream<Path> walk = Files.walk(own)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        StateFolder.claim(state);
    }
}
