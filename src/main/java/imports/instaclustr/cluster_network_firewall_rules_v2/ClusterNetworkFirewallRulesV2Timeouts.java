package imports.instaclustr.cluster_network_firewall_rules_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:06.849Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.clusterNetworkFirewallRulesV2.ClusterNetworkFirewallRulesV2Timeouts")
@software.amazon.jsii.Jsii.Proxy(ClusterNetworkFirewallRulesV2Timeouts.Jsii$Proxy.class)
public interface ClusterNetworkFirewallRulesV2Timeouts extends software.amazon.jsii.JsiiSerializable {

    /**
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#default ClusterNetworkFirewallRulesV2#default}.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDefaultValue() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterNetworkFirewallRulesV2Timeouts}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterNetworkFirewallRulesV2Timeouts}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterNetworkFirewallRulesV2Timeouts> {
        java.lang.String defaultValue;

        /**
         * Sets the value of {@link ClusterNetworkFirewallRulesV2Timeouts#getDefaultValue}
         * @param defaultValue Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#default ClusterNetworkFirewallRulesV2#default}.
         * @return {@code this}
         */
        public Builder defaultValue(java.lang.String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterNetworkFirewallRulesV2Timeouts}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterNetworkFirewallRulesV2Timeouts build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterNetworkFirewallRulesV2Timeouts}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterNetworkFirewallRulesV2Timeouts {
        private final java.lang.String defaultValue;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.defaultValue = software.amazon.jsii.Kernel.get(this, "default", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.defaultValue = builder.defaultValue;
        }

        @Override
        public final java.lang.String getDefaultValue() {
            return this.defaultValue;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getDefaultValue() != null) {
                data.set("default", om.valueToTree(this.getDefaultValue()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.clusterNetworkFirewallRulesV2.ClusterNetworkFirewallRulesV2Timeouts"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterNetworkFirewallRulesV2Timeouts.Jsii$Proxy that = (ClusterNetworkFirewallRulesV2Timeouts.Jsii$Proxy) o;

            return this.defaultValue != null ? this.defaultValue.equals(that.defaultValue) : that.defaultValue == null;
        }

        @Override
        public final int hashCode() {
            int result = this.defaultValue != null ? this.defaultValue.hashCode() : 0;
            return result;
        }
    }
}
