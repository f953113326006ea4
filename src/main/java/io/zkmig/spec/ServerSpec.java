package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One ZooKeeper server as the spec names it: its myid, address, ports and version. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerSpec(int id, String host, int clientPort, int quorumPort, int electionPort,
                         Integer adminPort, String version) {

    public String clientAddress() {
        return host + ":" + clientPort;
    }

    public ZooKeeperVersion zooKeeperVersion() {
        return ZooKeeperVersion.parse(version);
    }
}
