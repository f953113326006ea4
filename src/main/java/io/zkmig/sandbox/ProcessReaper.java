package io.zkmig.sandbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops every attached server when this JVM shuts down normally (tests, Ctrl-C on the demo). A SIGKILL
 * skips shutdown hooks; {@link ParentWatchdog} covers that case from inside each server.
 */
final class ProcessReaper {
    private static final Set<LocalServer> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(s -> {
            try {
                s.kill();
            } catch (RuntimeException ignored) {
                // shutting down anyway
            }
        }), "zkmig-process-reaper"));
    }

    private ProcessReaper() {
    }

    static void register(LocalServer server) {
        RUNNING.add(server);
    }

    static void unregister(LocalServer server) {
        RUNNING.remove(server);
    }
}
