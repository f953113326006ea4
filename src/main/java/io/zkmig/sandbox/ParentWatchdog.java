package io.zkmig.sandbox;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

/**
 * Entry point of every sandbox ZooKeeper JVM: {@code ParentWatchdog <parentPid> <mainClass> args...}. With
 * {@code -D}{@value #SECRET_PROPERTIES}{@code =<file>} it first loads that (owner-only) properties file into the
 * system properties, so a secret ZooKeeper reads from a system property (the super user's digest) never
 * appears on the command line, where {@code ps} shows it to everyone on the host.
 * It halts the server when the JVM that started it exits, even by SIGKILL, so a killed test or demo
 * never leaves orphan servers behind. A parent pid of 0 means detached (the demo's long-lived servers).
 * This class is copied alone onto the server's class path: it must use nothing but the JDK.
 */
public final class ParentWatchdog {
    public static final String SECRET_PROPERTIES = "zkmig.secretSystemProperties";

    private ParentWatchdog() {
    }

    public static void main(String[] args) throws Exception {
        String secrets = System.getProperty(SECRET_PROPERTIES);
        if (secrets != null) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(secrets))) {
                p.load(in);
            }
            p.stringPropertyNames().forEach(name -> System.setProperty(name, p.getProperty(name)));
        }
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
