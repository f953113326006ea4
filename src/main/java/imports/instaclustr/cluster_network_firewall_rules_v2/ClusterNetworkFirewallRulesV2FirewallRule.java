package imports.instaclustr.cluster_network_firewall_rules_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:06.826Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.clusterNetworkFirewallRulesV2.ClusterNetworkFirewallRulesV2FirewallRule")
@software.amazon.jsii.Jsii.Proxy(ClusterNetworkFirewallRulesV2FirewallRule.Jsii$Proxy.class)
public interface ClusterNetworkFirewallRulesV2FirewallRule extends software.amazon.jsii.JsiiSerializable {

    /**
     * The network of the cluster network firewall rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#network ClusterNetworkFirewallRulesV2#network}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getNetwork();

    /**
     * The type of firewall rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#type ClusterNetworkFirewallRulesV2#type}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getType();

    /**
     * The reason (if needed) for the deferred status of the cluster network firewall rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#deferred_reason ClusterNetworkFirewallRulesV2#deferred_reason}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDeferredReason() {
        return null;
    }

    /**
     * ID of the cluster network firewall rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#id ClusterNetworkFirewallRulesV2#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterNetworkFirewallRulesV2FirewallRule}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterNetworkFirewallRulesV2FirewallRule}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterNetworkFirewallRulesV2FirewallRule> {
        java.lang.String network;
        java.lang.String type;
        java.lang.String deferredReason;
        java.lang.String id;

        /**
         * Sets the value of {@link ClusterNetworkFirewallRulesV2FirewallRule#getNetwork}
         * @param network The network of the cluster network firewall rule. This parameter is required.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#network ClusterNetworkFirewallRulesV2#network}
         * @return {@code this}
         */
        public Builder network(java.lang.String network) {
            this.network = network;
            return this;
        }

        /**
         * Sets the value of {@link ClusterNetworkFirewallRulesV2FirewallRule#getType}
         * @param type The type of firewall rule. This parameter is required.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#type ClusterNetworkFirewallRulesV2#type}
         * @return {@code this}
         */
        public Builder type(java.lang.String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the value of {@link ClusterNetworkFirewallRulesV2FirewallRule#getDeferredReason}
         * @param deferredReason The reason (if needed) for the deferred status of the cluster network firewall rule.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#deferred_reason ClusterNetworkFirewallRulesV2#deferred_reason}
         * @return {@code this}
         */
        public Builder deferredReason(java.lang.String deferredReason) {
            this.deferredReason = deferredReason;
            return this;
        }

        /**
         * Sets the value of {@link ClusterNetworkFirewallRulesV2FirewallRule#getId}
         * @param id ID of the cluster network firewall rule.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#id ClusterNetworkFirewallRulesV2#id}
         *           
         *           Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         *           If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * @return {@code this}
         */
        public Builder id(java.lang.String id) {
            this.id = id;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterNetworkFirewallRulesV2FirewallRule}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterNetworkFirewallRulesV2FirewallRule build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterNetworkFirewallRulesV2FirewallRule}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterNetworkFirewallRulesV2FirewallRule {
        private final java.lang.String network;
        private final java.lang.String type;
        private final java.lang.String deferredReason;
        private final java.lang.String id;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.network = software.amazon.jsii.Kernel.get(this, "network", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.deferredReason = software.amazon.jsii.Kernel.get(this, "deferredReason", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.network = java.util.Objects.requireNonNull(builder.network, "network is required");
            this.type = java.util.Objects.requireNonNull(builder.type, "type is required");
            this.deferredReason = builder.deferredReason;
            this.id = builder.id;
        }

        @Override
        public final java.lang.String getNetwork() {
            return this.network;
        }

        @Override
        public final java.lang.String getType() {
            return this.type;
        }

        @Override
        public final java.lang.String getDeferredReason() {
            return this.deferredReason;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("network", om.valueToTree(this.getNetwork()));
            data.set("type", om.valueToTree(this.getType()));
            if (this.getDeferredReason() != null) {
                data.set("deferredReason", om.valueToTree(this.getDeferredReason()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.clusterNetworkFirewallRulesV2.ClusterNetworkFirewallRulesV2FirewallRule"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterNetworkFirewallRulesV2FirewallRule.Jsii$Proxy that = (ClusterNetworkFirewallRulesV2FirewallRule.Jsii$Proxy) o;

            if (!network.equals(that.network)) return false;
            if (!type.equals(that.type)) return false;
            if (this.deferredReason != null ? !this.deferredReason.equals(that.deferredReason) : that.deferredReason != null) return false;
            return this.id != null ? this.id.equals(that.id) : that.id == null;
        }

        @Override
        public final int hashCode() {
            int result = this.network.hashCode();
            result = 31 * result + (this.type.hashCode());
            result = 31 * result + (this.deferredReason != null ? this.deferredReason.hashCode() : 0);
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            return result;
        }
    }
}
