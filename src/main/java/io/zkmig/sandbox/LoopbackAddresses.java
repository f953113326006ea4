package io.zkmig.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out loopback addresses and free ports so that every sandbox server has its own address
 * (127.0.&lt;block&gt;.&lt;n&gt;, e.g. block 1 for legacy, 2 for target) and ports nobody else holds.
 */
public final class LoopbackAddresses {
    private static final AtomicInteger NEXT_HOST = new AtomicInteger(ThreadLocalRandom.current().nextInt(10, 200));

    private LoopbackAddresses() {
    }

    /** A fresh host in 127.0.&lt;block&gt;.0/24, different on every call within this JVM. */
    public static String nextHost(int block) {
        int n = NEXT_HOST.getAndUpdate(i -> i >= 250 ? 10 : i + 1);
        return "127.0." + block + "." + n;
    }

    /** A port that is free on {@code host} right now. */
    public static int freePort(String host) {
        return freePorts(host, 1)[0];
    }

    /**
     * {@code n} distinct ports free on {@code host} right now. The sockets stay bound until all are chosen:
     * asking one at a time lets the system hand the same just-released port out twice.
     */
    public static int[] freePorts(String host, int n) {
        ServerSocket[] sockets = new ServerSocket[n];
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket();
                sockets[i].setReuseAddress(false);
                sockets[i].bind(new InetSocketAddress(InetAddress.getByName(host), 0));
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new IllegalStateException("no free port on " + host + ": " + e.getMessage(), e);
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // the port was only being reserved
                    }
                }
            }
        }
    }
}
