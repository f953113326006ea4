package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.InstaclustrCatalog;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Control planes for tests: a free port, a loopback block of their own, a log the test can read. */
final class TestControlPlanes {
    static final String USER = "zkmig-test";

    private TestControlPlanes() {
    }

    /** Settings on a free port, nodes on 127.0.&lt;random block&gt;.1 and up with uncommon ports, no AdminServer. */
    static ControlPlaneSettings settings(Path stateDir, String key) {
        int block = ThreadLocalRandom.current().nextInt(150, 250);
        return new ControlPlaneSettings("127.0.0.1", 0, stateDir, new ApiCredentials(USER, key),
                "127.0." + block + ".1", 32181, 32888, 31888, null, 11, InstaclustrCatalog.ZOOKEEPER_VERSIONS, false);
    }

    /** A log that the test reads back and that also goes to the test's output. */
    static final class CapturedLog {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        final ControlPlaneLog log = new ControlPlaneLog(new PrintStream(new Tee(buffer, System.out), true, StandardCharsets.UTF_8));

        String text() {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            a.flush();
            b.flush();
        }
    }
}
