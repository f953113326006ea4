package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code ClusterNetworkFirewallRuleV2}: clients from {@code network} may reach the cluster's {@code type} port. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClusterNetworkFirewallRuleV2(String id, String network, String type, String deferredReason) {
}
