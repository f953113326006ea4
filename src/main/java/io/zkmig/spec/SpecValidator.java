package io.zkmig.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.zookeeper.common.PathUtils;

/**
 * Checks a structurally valid spec for meaning: duplicates, hosts and ports, versions, catalog values, CIDRs,
 * connect strings, ZooKeeper paths.
 */
final class SpecValidator {
    private static final ZooKeeperVersion OLDEST_SUPPORTED = new ZooKeeperVersion(3, 4, 0);

    private final String file;
    private final List<SpecProblem> problems = new ArrayList<>();

    SpecValidator(String file) {
        this.file = file;
    }

    List<SpecProblem> validate(MigrationSpec spec) {
        checkServers("legacy.servers", spec.legacy().servers());
        checkServers("target.servers", spec.target().servers());
        checkPortClashes(spec);
        spec.legacy().awsNetwork().ifPresent(n -> cidr("legacy.network.cidr", n.cidr()));
        checkTarget(spec.target());
        checkClients(spec.clients());
        checkState(spec.state());
        checkLedger(spec.state().ledger());
        if ("ssh".equals(spec.nodes().mode()) && spec.nodes().ssh() == null) {
            problem("nodes.ssh", "mode ssh needs an ssh block (user, configDir, restartCommand, privateKey)");
        } else if ("ssh".equals(spec.nodes().mode()) && spec.nodes().ssh().privateKey() == null) {
            problem("nodes.ssh.privateKey", "mode ssh needs the private key the runner logs in with, by reference"
                    + " ({env: VARIABLE} or {file: path})");
        }
        return problems;
    }

    private void checkServers(String path, List<ServerSpec> servers) {
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < servers.size(); i++) {
            ServerSpec s = servers.get(i);
            String at = path + "[" + i + "]";
            Host.problem(s.host()).ifPresent(p -> problem(at + ".host", p));
            if (!ids.add(s.id())) {
                problem(at + ".id", "duplicate server id " + s.id() + " (myids must be unique)");
            }
            ZooKeeperVersion v = ZooKeeperVersion.parse(s.version());
            if (v.compareTo(OLDEST_SUPPORTED) < 0) {
                problem(at + ".version", "ZooKeeper " + v + " is too old: zkmig supports 3.4.0 and later");
            }
            Set<Integer> ports = new HashSet<>();
            for (Integer p : new Integer[] {s.clientPort(), s.quorumPort(), s.electionPort(), s.adminPort()}) {
                if (p != null && !ports.add(p)) {
                    problem(at, "client, quorum, election and admin ports must differ (port " + p + " repeats)");
                }
            }
        }
    }

    /** No two servers listen on one host:port (client, quorum, election or admin port), however the host is spelled. */
    private void checkPortClashes(MigrationSpec spec) {
        Map<String, String> seen = new HashMap<>();
        List<ServerSpec> all = new ArrayList<>(spec.legacy().servers());
        all.addAll(spec.target().servers());
        for (int i = 0; i < all.size(); i++) {
            ServerSpec s = all.get(i);
            boolean legacy = i < spec.legacy().servers().size();
            String at = (legacy ? "legacy.servers[" + i + "]" : "target.servers[" + (i - spec.legacy().servers().size()) + "]");
            for (Integer port : new Integer[] {s.clientPort(), s.quorumPort(), s.electionPort(), s.adminPort()}) {
                if (port == null) {
                    continue;
                }
                String previous = seen.putIfAbsent(Host.canonical(s.host()) + ":" + port, at + " (" + s.host() + ")");
                if (previous != null && !previous.startsWith(at + " ")) {
                    problem(at, "address " + s.host() + ":" + port + " is already used by " + previous
                            + ": two servers on one host need different ports");
                }
            }
        }
    }

    private void checkTarget(TargetCluster t) {
        if (!InstaclustrCatalog.ZOOKEEPER_VERSIONS.contains(t.version())) {
            problem("target.version", "Instaclustr offers managed ZooKeeper " + InstaclustrCatalog.ZOOKEEPER_VERSIONS
                    + ", not " + t.version());
        }
        if (!InstaclustrCatalog.NODE_SIZES.contains(t.nodeSize())) {
            problem("target.nodeSize", "unknown node size '" + t.nodeSize() + "'; expected one of "
                    + InstaclustrCatalog.NODE_SIZES);
        }
        if (!InstaclustrCatalog.AWS_REGIONS.contains(t.region())) {
            problem("target.region", "unknown Instaclustr AWS region '" + t.region() + "' (e.g. US_EAST_1)");
        }
        if ("PRODUCTION".equals(t.slaTier()) && InstaclustrCatalog.isDeveloperSize(t.nodeSize())) {
            problem("target.slaTier", "PRODUCTION is not available with developer node sizes");
        }
        cidr("target.networkCidr", t.networkCidr());
        if (!t.servers().isEmpty() && t.servers().size() != t.nodeCount()) {
            problem("target.servers", "lists " + t.servers().size() + " servers but nodeCount is " + t.nodeCount());
        }
        for (int i = 0; i < t.servers().size(); i++) {
            if (!t.servers().get(i).version().equals(t.version())) {
                problem("target.servers[" + i + "].version", "target servers run the cluster's version " + t.version());
            }
        }
    }

    private void checkClients(List<ClientGroup> clients) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < clients.size(); i++) {
            ClientGroup g = clients.get(i);
            String at = "clients[" + i + "]";
            if (!names.add(g.name())) {
                problem(at + ".name", "duplicate client group '" + g.name() + "'");
            }
            connectString(at + ".before", g.before());
            connectString(at + ".after", g.after());
            for (int j = 0; j < g.addresses().size(); j++) {
                String a = g.addresses().get(j);
                try {
                    Cidr.parse(a.contains("/") ? a : a + "/32");
                } catch (IllegalArgumentException e) {
                    problem(at + ".addresses[" + j + "]", "expected an IPv4 address or CIDR block: " + e.getMessage());
                }
            }
            for (int j = 0; j < g.latchPaths().size(); j++) {
                zooKeeperPath(at + ".latchPaths[" + j + "]", g.latchPaths().get(j));
            }
        }
    }

    private void checkState(StateSpec state) {
        StateSpec.Backend b = state.backend();
        if (b.isS3()) {
            if (b.bucket() == null) {
                problem("state.backend.bucket", "the s3 backend needs a bucket");
            }
            if (b.region() == null) {
                problem("state.backend.region", "the s3 backend needs a region");
            }
        }
    }

    private void checkLedger(LedgerSpec l) {
        if (!l.isS3()) {
            if (l.bucket() != null || l.key() != null || l.region() != null || l.endpoint() != null
                    || l.profile() != null) {
                problem("state.ledger", "bucket, key, region, endpoint and profile are for type: s3 (this ledger is a file)");
            }
            return;
        }
        if (l.bucket() == null) {
            problem("state.ledger.bucket", "the s3 ledger needs a bucket");
        }
        if (l.key() == null) {
            problem("state.ledger.key", "the s3 ledger needs a key (the object it is kept in, e.g. migrations/orders/ledger.jsonl)");
        }
    }

    private void cidr(String path, String value) {
        try {
            Cidr.parse(value);
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
        }
    }

    private void connectString(String path, String value) {
        try {
            ConnectString.parse(value);
        } catch (IllegalArgumentException e) {
            problem(path, "bad connect string: " + e.getMessage());
        }
    }

    private void zooKeeperPath(String path, String value) {
        try {
            PathUtils.validatePath(value);
        } catch (IllegalArgumentException e) {
            problem(path, "not a valid ZooKeeper path (absolute, no empty or trailing '/' segments, e.g. /app/leader): "
                    + e.getMessage());
        }
    }

    private void problem(String path, String message) {
        problems.add(new SpecProblem(file, path, message));
    }
}
