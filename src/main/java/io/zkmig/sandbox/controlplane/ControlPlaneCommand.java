package io.zkmig.sandbox.controlplane;

import io.zkmig.spec.InstaclustrCatalog;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zkmig sandbox control-plane}: runs the local Instaclustr control plane in the foreground. */
@Command(name = "control-plane", mixinStandardHelpOptions = true,
        description = {
                "Runs zkmig's local Instaclustr control plane on loopback until interrupted: the API document the",
                "Instaclustr Terraform provider reads at start-up and the API it calls. ZooKeeper clusters it",
                "provisions run as real ZooKeeper processes; its state survives a restart.",
                "Point the provider at it with IC_API_URL=<printed URL> and",
                "terraform_key = \"Instaclustr-Terraform <api user>:<api key>\"."})
public final class ControlPlaneCommand implements Callable<Integer> {

    @Option(names = "--bind", defaultValue = ControlPlaneSettings.DEFAULT_BIND_ADDRESS,
            description = "Loopback address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--port", defaultValue = "" + ControlPlaneSettings.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--state-dir", defaultValue = ".zkmig/control-plane",
            description = "Folder for the control plane's state and the clusters' data (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--api-user", defaultValue = "zkmig", description = "The API user name (default: ${DEFAULT-VALUE}).")
    String apiUser;

    @Option(names = "--api-key-file", description = {"File holding the provisioning API key. Else $"
            + ApiKeySource.ENV + ", else a key generated once into <state-dir>/" + ApiKeySource.GENERATED_FILE + "."})
    Path apiKeyFile;

    @Option(names = "--first-node-address", defaultValue = ControlPlaneSettings.DEFAULT_FIRST_NODE_ADDRESS,
            description = "Loopback address of the first cluster node; nodes take consecutive addresses (default: ${DEFAULT-VALUE}).")
    String firstNodeAddress;

    @Option(names = "--client-port", defaultValue = "2181", description = "ZooKeeper client port of every node (default: ${DEFAULT-VALUE}).")
    int clientPort;

    @Option(names = "--quorum-port", defaultValue = "2888", description = "Quorum port of every node (default: ${DEFAULT-VALUE}).")
    int quorumPort;

    @Option(names = "--election-port", defaultValue = "3888", description = "Leader election port of every node (default: ${DEFAULT-VALUE}).")
    int electionPort;

    @Option(names = "--admin-port", defaultValue = "8080", description = "AdminServer port of every node; 0 turns it off (default: ${DEFAULT-VALUE}).")
    int adminPort;

    @Option(names = "--first-myid", defaultValue = "1", description = "myid of a cluster's first node (default: ${DEFAULT-VALUE}).")
    int firstMyId;

    @Option(names = "--zookeeper-version", split = ",",
            description = "ZooKeeper versions offered (default: the managed versions Instaclustr lists: ${DEFAULT-VALUE}).")
    List<String> zookeeperVersions = new ArrayList<>(InstaclustrCatalog.ZOOKEEPER_VERSIONS);

    @Option(names = "--reconfig-enabled", description = "Start cluster nodes with reconfigEnabled=true.")
    boolean reconfigEnabled;

    @Option(names = "--aws-emulator", paramLabel = "URL",
            description = "The sandbox's AWS emulator (e.g. http://127.0.0.1:4566): VPC peerings are requested there"
                    + " from the Instaclustr account and report its status. Without it a peering stays pending-acceptance.")
    URI awsEmulator;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ControlPlaneCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path state = stateDir.toAbsolutePath().normalize();
        ApiCredentials credentials = new ApiCredentials(apiUser, ApiKeySource.read(apiKeyFile, state));
        ControlPlaneSettings settings = new ControlPlaneSettings(bind, port, state, credentials, firstNodeAddress,
                clientPort, quorumPort, electionPort, adminPort == 0 ? null : adminPort, firstMyId, zookeeperVersions,
                reconfigEnabled, awsEmulator);
        ControlPlaneLog log = new ControlPlaneLog(System.out);
        ControlPlane controlPlane = ControlPlane.start(settings, log);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            controlPlane.close();
            stopped.countDown();
        }, "control-plane-shutdown"));
        writeUrlFile(state, controlPlane.url());
        System.out.println("Instaclustr control plane listening on " + controlPlane.url() + "  (IC_API_URL)");
        System.out.println("API user '" + credentials.user() + "', API key " + ApiKeySource.describe(apiKeyFile, state)
                + "; terraform_key = \"Instaclustr-Terraform " + credentials.user() + ":<API key>\"");
        System.out.println("State in " + state + "; ZooKeeper " + String.join(", ", zookeeperVersions)
                + "; nodes from " + firstNodeAddress + ":" + clientPort + ". Ctrl-C stops it.");
        System.out.flush();
        stopped.await();
        return 0;
    }

    private static void writeUrlFile(Path state, String url) throws IOException {
        Files.writeString(state.resolve("url"), url + "\n");
    }
}
