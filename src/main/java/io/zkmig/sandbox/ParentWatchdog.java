package io.zkmig.sandbox;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Entry point of every sandbox ZooKeeper JVM: {@code ParentWatchdog <parentPid> <mainClass> args...}.
 * It halts the server when the JVM that started it exits, even by SIGKILL, so a killed test or demo
 * never leaves orphan servers behind. A parent pid of 0 means detached (the demo's long-lived servers).
 * This class is copied alone onto the server's class path: it must use nothing but the JDK.
 */
public final class ParentWatchdog {
    private ParentWatchdog() {
    }

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        if (parentPid > 0) {
            ProcessHandle.of(parentPid).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(137)),
                    () -> Runtime.getRuntime().halt(137));
        }
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
