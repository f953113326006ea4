package io.zkmig.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Small TCP checks shared by the product and the sandbox. */
public final class TcpPorts {
    private TcpPorts() {
    }

    /** Whether something accepts connections on host:port (a 500 ms connect). */
    public static boolean isListening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
