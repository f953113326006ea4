package org.apache.zookeeper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import org.apache.zookeeper.client.ZKClientConfig;

/**
 * Test support: ZooKeeper's client has no setting for its own source address, and on loopback every client
 * would come from 127.0.0.1. This socket binds to {@code zkmig.test.localAddress} (e.g. 127.0.3.1) before
 * connecting, so a test client looks like a host of a given client group. It lives in ZooKeeper's package
 * because {@code createSock} is package-private; production clients have their own host addresses.
 */
public class LocalAddressClientCnxnSocket extends ClientCnxnSocketNIO {
    public static final String LOCAL_ADDRESS = "zkmig.test.localAddress";

    LocalAddressClientCnxnSocket(ZKClientConfig clientConfig) throws IOException {
        super(clientConfig);
    }

    /** A client config whose connections come from {@code address}. */
    public static ZKClientConfig from(String address) {
        ZKClientConfig config = new ZKClientConfig();
        config.setProperty(ZKClientConfig.ZOOKEEPER_CLIENT_CNXN_SOCKET, LocalAddressClientCnxnSocket.class.getName());
        config.setProperty(LOCAL_ADDRESS, address);
        return config;
    }

    @Override
    SocketChannel createSock() throws IOException {
        SocketChannel sock = super.createSock();
        String local = clientConfig.getProperty(LOCAL_ADDRESS);
        if (local != null) {
            sock.bind(new InetSocketAddress(local, 0));
        }
        return sock;
    }
}
