package io.zkmig.sandbox.controlplane;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CIDR based firewall rules of a cluster, one resource per cluster (its id is the cluster's id).
 * Every rule type of the API's enum is accepted and recorded, as Instaclustr accepts them; only the ZooKeeper
 * ones ({@link #ZOOKEEPER_RULE_TYPES}) admit anything to a ZooKeeper cluster's nodes.
 */
final class ClusterNetworkFirewallRules {
    static final String RUNNING = "RUNNING";
    static final Set<String> ZOOKEEPER_RULE_TYPES = Set.of("APACHE_ZOOKEEPER", "SECURE_APACHE_ZOOKEEPER");
    private static final Set<String> ALL_RULE_TYPES = Set.of("APACHE_ZOOKEEPER", "CADENCE", "CADENCE_GRPC",
            "CADENCE_HTTP_API", "CADENCE_WEB", "CASSANDRA", "CASSANDRA_CQL", "CLICKHOUSE", "CLICKHOUSE_WEB",
            "ELASTICSEARCH", "KAFKA", "KAFKA_CONNECT", "KAFKA_ENCRYPTION", "KAFKA_MTLS", "KAFKA_NO_ENCRYPTION",
            "KAFKA_PRIVATE_SASL_PLAINTEXT_LISTENER", "KAFKA_PUBLIC_SASL_PLAINTEXT_LISTENER",
            "KAFKA_PRIVATE_PLAINTEXT_LISTENER", "KAFKA_PUBLIC_PLAINTEXT_LISTENER", "KAFKA_PRIVATE_SSL_LISTENER",
            "KAFKA_PUBLIC_SSL_LISTENER", "KAFKA_REST_PROXY", "KAFKA_SCHEMA_REGISTRY", "KARAPACE_REST_PROXY",
            "KARAPACE_SCHEMA_REGISTRY", "OPENSEARCH", "OPENSEARCH_DASHBOARDS", "PGBOUNCER", "POSTGRESQL", "REDIS",
            "VALKEY", "SEARCH_DASHBOARDS", "SECURE_APACHE_ZOOKEEPER", "SPARK", "SPARK_JOBSERVER", "SHOTOVER_PROXY",
            "MCP_GATEWAY", "KAFKA_DISKLESS");

    private final StateStore store;
    private final ControlPlaneLog log;

    ClusterNetworkFirewallRules(StateStore store, ControlPlaneLog log) {
        this.store = store;
        this.log = log;
    }

    ClusterNetworkFirewallRulesV2 create(ClusterNetworkFirewallRulesV2 request) {
        validate(request);
        synchronized (store) {
            if (store.firewallRules(request.clusterId()).isPresent()) {
                throw ApiError.conflict("clusterId", "cluster " + request.clusterId()
                        + " already has a cluster network firewall rules resource; import it or update it");
            }
            ClusterNetworkFirewallRulesV2 rules = new ClusterNetworkFirewallRulesV2(request.clusterId(),
                    request.clusterId(), withIds(request.firewallRules(), Map.of()), RUNNING);
            store.putFirewallRules(rules);
            log.info("firewall rules of cluster " + rules.clusterId() + ": " + describe(rules));
            return rules;
        }
    }

    ClusterNetworkFirewallRulesV2 get(String clusterId) {
        return store.firewallRules(clusterId)
                .orElseThrow(() -> ApiError.notFound("Cluster network firewall rules of cluster", clusterId));
    }

    ClusterNetworkFirewallRulesV2 update(String clusterId, ClusterNetworkFirewallRulesV2 request) {
        ClusterNetworkFirewallRulesV2 stored = get(clusterId);
        if (request.clusterId() != null && !request.clusterId().equals(clusterId)) {
            throw ApiError.badRequest("clusterId", "the rules of cluster " + clusterId
                    + " cannot be moved to cluster " + request.clusterId() + "; delete them and create new ones");
        }
        validate(new ClusterNetworkFirewallRulesV2(null, clusterId, request.firewallRules(), null));
        Map<String, ClusterNetworkFirewallRuleV2> existing = stored.firewallRules().stream()
                .collect(Collectors.toMap(ClusterNetworkFirewallRules::key, Function.identity()));
        ClusterNetworkFirewallRulesV2 updated = new ClusterNetworkFirewallRulesV2(clusterId, clusterId,
                withIds(request.firewallRules(), existing), RUNNING);
        store.putFirewallRules(updated);
        log.info("firewall rules of cluster " + clusterId + " now: " + describe(updated));
        return updated;
    }

    void delete(String clusterId) {
        if (!store.removeFirewallRules(clusterId)) {
            throw ApiError.notFound("Cluster network firewall rules of cluster", clusterId);
        }
        log.info("firewall rules of cluster " + clusterId + " deleted");
    }

    private void validate(ClusterNetworkFirewallRulesV2 r) {
        Problems problems = new Problems();
        if (r.clusterId() == null || r.clusterId().isBlank()) {
            problems.add("clusterId", "clusterId is required");
        } else if (store.cluster(r.clusterId()).isEmpty()) {
            problems.add("clusterId", "Cluster " + r.clusterId() + " was not found");
        }
        if (r.firewallRules() == null || r.firewallRules().isEmpty()) {
            problems.add("firewallRules", "firewallRules must have at least 1 item");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < r.firewallRules().size(); i++) {
                ClusterNetworkFirewallRuleV2 rule = r.firewallRules().get(i);
                String at = "firewallRules[" + i + "]";
                if (rule.type() == null || rule.type().isBlank()) {
                    problems.add(at + ".type", "type is required");
                } else if (!ALL_RULE_TYPES.contains(rule.type())) {
                    problems.add(at + ".type", "'" + rule.type() + "' is not a firewall rule type");
                }
                if (rule.network() == null || rule.network().isBlank()) {
                    problems.add(at + ".network", "network is required");
                } else {
                    PrivateNetworks.malformed(rule.network()).ifPresent(p -> problems.add(at + ".network", p));
                }
                if (rule.type() != null && rule.network() != null && !seen.add(key(rule))) {
                    problems.add(at, "duplicate firewall rule " + rule.type() + " " + rule.network());
                }
            }
        }
        problems.throwIfAny();
    }

    private static List<ClusterNetworkFirewallRuleV2> withIds(List<ClusterNetworkFirewallRuleV2> rules,
                                                              Map<String, ClusterNetworkFirewallRuleV2> existing) {
        List<ClusterNetworkFirewallRuleV2> result = new ArrayList<>();
        for (ClusterNetworkFirewallRuleV2 rule : rules) {
            ClusterNetworkFirewallRuleV2 known = existing.get(key(rule));
            result.add(new ClusterNetworkFirewallRuleV2(known != null ? known.id() : UUID.randomUUID().toString(),
                    rule.network(), rule.type(), null));
        }
        return result;
    }

    private static String key(ClusterNetworkFirewallRuleV2 rule) {
        return rule.type() + " " + rule.network();
    }

    private static String describe(ClusterNetworkFirewallRulesV2 rules) {
        return rules.firewallRules().stream().map(ClusterNetworkFirewallRules::key).collect(Collectors.joining(", "));
    }
}
