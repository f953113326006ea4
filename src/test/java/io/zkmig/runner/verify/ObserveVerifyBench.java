package io.zkmig.runner.verify;

import io.zkmig.runner.ledger.LedgerEntry;
import io.zkmig.runner.observe.Migration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.admin.ZooKeeperAdmin;

/**
 * Measures observe catch-up and verify time for a legacy tree of N znodes (3.8.4 legacy, 3 x 3.9.3 target, loopback).
 * Not a test: run it by hand; it prints its figures and writes them to
 * {@code bench/results/observe-verify-<N>.txt}, e.g.
 * <pre>
 * mvn -q -o test-compile &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/runtime-classpath.txt) \
 *     -Dzkmig.home=$PWD io.zkmig.runner.verify.ObserveVerifyBench 10000
 * </pre>
 */
public final class ObserveVerifyBench {
    private static final StringBuilder REPORT = new StringBuilder();

    private ObserveVerifyBench() {
    }

    private static void say(String text) {
        System.out.println(text);
        REPORT.append(text).append('\n');
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("zkmig-bench");
        try (Migration m = Migration.start(dir, "3.8.4", true)) {
            long t0 = System.nanoTime();
            try (ZooKeeperAdmin zk = m.connect(m.legacyConnectString())) {
                zk.create("/bench", new byte[0], ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT);
                Semaphore window = new Semaphore(500);
                AtomicInteger failed = new AtomicInteger();
                byte[] data = new byte[100];
                for (int i = 0; i < n; i++) {
                    window.acquire();
                    zk.create("/bench/n-" + i, data, ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT, (rc, p, c, name) -> {
                        if (rc != 0) {
                            failed.incrementAndGet();
                        }
                        window.release();
                    }, null);
                }
                window.acquire(500);
                say(String.format("created %d znodes of 100 bytes in %d ms (%d failed)", n,
                        (System.nanoTime() - t0) / 1_000_000, failed.get()));
            }
            Migration.Run observe = m.zkmig("observe", "--no-progress");
            say(observe.out());
            for (LedgerEntry e : m.ledger().entries()) {
                if (e.status() == LedgerEntry.Status.DONE && (e.step().startsWith("observe.restart") || e.step().startsWith("observe.await"))) {
                    say(String.format("  %s [%s]: %s ms", e.step(), e.subject(), e.details().get("millis")));
                }
            }
            Migration.Run full = m.zkmig("verify");
            say(full.out());
            Migration.Run sampled = m.zkmig("verify", "--sample", "1000");
            say(sampled.out());
        }
        Path results = Path.of(System.getProperty("zkmig.home", "."), "bench", "results");
        Files.createDirectories(results);
        Path file = results.resolve("observe-verify-" + n + ".txt");
        Files.writeString(file, "# ObserveVerifyBench " + n + " znodes, " + java.time.Instant.now() + "\n" + REPORT);
        System.out.println("figures written to " + file);
    }
}
