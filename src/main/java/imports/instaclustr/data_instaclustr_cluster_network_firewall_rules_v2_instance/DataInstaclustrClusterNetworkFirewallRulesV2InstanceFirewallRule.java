package imports.instaclustr.data_instaclustr_cluster_network_firewall_rules_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:06.943Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrClusterNetworkFirewallRulesV2Instance.DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule")
@software.amazon.jsii.Jsii.Proxy(DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule.Jsii$Proxy.class)
public interface DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule extends software.amazon.jsii.JsiiSerializable {

    /**
     * The reason (if needed) for the deferred status of the cluster network firewall rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/cluster_network_firewall_rules_v2_instance#deferred_reason DataInstaclustrClusterNetworkFirewallRulesV2Instance#deferred_reason}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDeferredReason() {
        return null;
    }

    /**
     * ID of the cluster network firewall rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/cluster_network_firewall_rules_v2_instance#id DataInstaclustrClusterNetworkFirewallRulesV2Instance#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * The network of the cluster network firewall rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/cluster_network_firewall_rules_v2_instance#network DataInstaclustrClusterNetworkFirewallRulesV2Instance#network}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNetwork() {
        return null;
    }

    /**
     * The type of firewall rule.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/cluster_network_firewall_rules_v2_instance#type DataInstaclustrClusterNetworkFirewallRulesV2Instance#type}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule> {
        java.lang.String deferredReason;
        java.lang.String id;
        java.lang.String network;
        java.lang.String type;

        /**
         * Sets the value of {@link DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule#getDeferredReason}
         * @param deferredReason The reason (if needed) for the deferred status of the cluster network firewall rule.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/cluster_network_firewall_rules_v2_instance#deferred_reason DataInstaclustrClusterNetworkFirewallRulesV2Instance#deferred_reason}
         * @return {@code this}
         */
        public Builder deferredReason(java.lang.String deferredReason) {
            this.deferredReason = deferredReason;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule#getId}
         * @param id ID of the cluster network firewall rule.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/cluster_network_firewall_rules_v2_instance#id DataInstaclustrClusterNetworkFirewallRulesV2Instance#id}
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
         * Sets the value of {@link DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule#getNetwork}
         * @param network The network of the cluster network firewall rule.
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/cluster_network_firewall_rules_v2_instance#network DataInstaclustrClusterNetworkFirewallRulesV2Instance#network}
         * @return {@code this}
         */
        public Builder network(java.lang.String network) {
            this.network = network;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule#getType}
         * @param type The type of firewall rule.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/cluster_network_firewall_rules_v2_instance#type DataInstaclustrClusterNetworkFirewallRulesV2Instance#type}
         * @return {@code this}
         */
        public Builder type(java.lang.String type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule {
        private final java.lang.String deferredReason;
        private final java.lang.String id;
        private final java.lang.String network;
        private final java.lang.String type;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.deferredReason = software.amazon.jsii.Kernel.get(this, "deferredReason", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.network = software.amazon.jsii.Kernel.get(this, "network", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.deferredReason = builder.deferredReason;
            this.id = builder.id;
            this.network = builder.network;
            this.type = builder.type;
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
        public final java.lang.String getNetwork() {
            return this.network;
        }

        @Override
        public final java.lang.String getType() {
            return this.type;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getDeferredReason() != null) {
                data.set("deferredReason", om.valueToTree(this.getDeferredReason()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getNetwork() != null) {
                data.set("network", om.valueToTree(this.getNetwork()));
            }
            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.dataInstaclustrClusterNetworkFirewallRulesV2Instance.DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule.Jsii$Proxy that = (DataInstaclustrClusterNetworkFirewallRulesV2InstanceFirewallRule.Jsii$Proxy) o;

            if (this.deferredReason != null ? !this.deferredReason.equals(that.deferredReason) : that.deferredReason != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.network != null ? !this.network.equals(that.network) : that.network != null) return false;
            return this.type != null ? this.type.equals(that.type) : that.type == null;
        }

        @Override
        public final int hashCode() {
            int result = this.deferredReason != null ? this.deferredReason.hashCode() : 0;
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.network != null ? this.network.hashCode() : 0);
            result = 31 * result + (this.type != null ? this.type.hashCode() : 0);
            return result;
        }
    }
}
