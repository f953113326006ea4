package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code ClusterNetworkFirewallRulesV2}: every CIDR based firewall rule of one cluster; its id is the cluster's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterNetworkFirewallRulesV2(String id, String clusterId, List<ClusterNetworkFirewallRuleV2> firewallRules,
                                            String status) {
}
