package io.zkmig.testing;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.LedgerSpec;
import io.zkmig.spec.Credentials;
import io.zkmig.spec.LegacyEnsemble;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.NodesSpec;
import io.zkmig.spec.SecretRef;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.Stage;
import io.zkmig.spec.StateSpec;
import io.zkmig.spec.TargetCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a spec file for ensembles a test started, so commands run against real servers. */
public final class SpecFixture {
    private String name = "itest";
    private Stage stage = Stage.OBSERVE;
    private List<ServerSpec> legacy = List.of();
    private List<ServerSpec> target = List.of();
    private String superPassword;
    private String legacyCidr = "10.20.0.0/16";
    private String targetCidr = "10.30.0.0/16";
    private String stateDir = "state";
    private AwsNetwork network;
    private LedgerSpec ledger;
    private final List<ClientGroup> clients = new ArrayList<>();

    public static SpecFixture of(List<ServerSpec> legacy, List<ServerSpec> target) {
        SpecFixture f = new SpecFixture();
        f.legacy = legacy;
        f.target = target;
        return f;
    }

    public SpecFixture name(String value) {
        this.name = value;
        return this;
    }

    public SpecFixture stage(Stage value) {
        this.stage = value;
        return this;
    }

    /** The super user's password, written to a file next to the spec and referenced from it. */
    public SpecFixture superPassword(String value) {
        this.superPassword = value;
        return this;
    }

    /** {@code state.dir}, relative to the spec's folder ({@code state} unless set). */
    public SpecFixture stateDir(String value) {
        this.stateDir = value;
        return this;
    }

    /** {@code state.ledger} (the file in the state folder unless set). */
    public SpecFixture ledger(LedgerSpec value) {
        this.ledger = value;
        return this;
    }

    /**
     * The legacy VPC's and the target's networks; the legacy one comes with {@link #exampleNetwork()}'s ids and an
     * endpoint nobody listens on, so the bridge check fails at once instead of calling AWS.
     */
    public SpecFixture cidrs(String legacyNetwork, String targetNetwork) {
        this.legacyCidr = legacyNetwork;
        this.targetCidr = targetNetwork;
        AwsNetwork n = exampleNetwork();
        this.network = new AwsNetwork(n.accountId(), n.region(), n.vpcId(), legacyNetwork, n.subnets(), n.routeTables(),
                n.securityGroup(), n.volumes(), n.instances(), null, "http://127.0.0.1:9");
        return this;
    }

    /** The target network, leaving the legacy network as it is. */
    public SpecFixture cidrsKeepingNetwork(String targetNetwork) {
        this.targetCidr = targetNetwork;
        return this;
    }

    /** A legacy AWS network (by default the spec has none, so no command calls AWS). */
    public SpecFixture awsNetwork(AwsNetwork value) {
        this.network = value;
        this.legacyCidr = value.cidr();
        return this;
    }

    /** The ids of stacks/examples/local.yaml: enough to synthesize the bridge stacks, not to call AWS. */
    public static AwsNetwork exampleNetwork() {
        return new AwsNetwork("123456789012", "us-east-1", "vpc-0a1b2c3d4e5f60718", "10.20.0.0/16",
                List.of("subnet-0a1b2c3d4e5f60718"), List.of("rtb-0a1b2c3d4e5f60718"), "sg-0a1b2c3d4e5f60718",
                List.of(), List.of(), null, null);
    }

    public SpecFixture client(String group, ClientGroup.Connection connection, List<String> addresses, List<String> latchPaths) {
        clients.add(new ClientGroup(group, "team-" + group, connection, ConnectString.of(legacy),
                ConnectString.of(target.isEmpty() ? legacy : target), addresses, latchPaths));
        return this;
    }

    public MigrationSpec spec(Path dir) {
        SecretRef superUser = superPassword == null ? null : new SecretRef(null, "super.password");
        String version = target.isEmpty() ? "3.9.3" : target.get(0).version();
        return new MigrationSpec(name, null, stage, new LegacyEnsemble(legacy, network, superUser),
                new TargetCluster("zkmig-" + name, version, "zookeeper-developer-t3.small-20",
                        target.isEmpty() ? 3 : target.size(), "US_EAST_1", targetCidr, null, null, target, null),
                clients, new Credentials(new Credentials.Instaclustr("test", SecretRef.ofEnv("IC_API_KEY"), null)),
                new StateSpec(stateDir, null, ledger), NodesSpec.LOCAL, null);
    }

    /** Writes {@code <dir>/<name>.yaml} (and the password file) and returns its path. */
    public Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            if (superPassword != null) {
                Files.writeString(dir.resolve("super.password"), superPassword);
            }
            Path file = dir.resolve(name + ".yaml");
            new YAMLMapper().writeValue(file.toFile(), spec(dir));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
