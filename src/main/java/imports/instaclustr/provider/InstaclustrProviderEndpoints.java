package imports.instaclustr.provider;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.465Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.provider.InstaclustrProviderEndpoints")
@software.amazon.jsii.Jsii.Proxy(InstaclustrProviderEndpoints.Jsii$Proxy.class)
public interface InstaclustrProviderEndpoints extends software.amazon.jsii.JsiiSerializable {

    /**
     * Use this to override the resource endpoint URL (the default one or the one constructed from the <code>region</code>).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#aws_vpc_peer_v2 InstaclustrProvider#aws_vpc_peer_v2}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAwsVpcPeerV2() {
        return null;
    }

    /**
     * Use this to override the resource endpoint URL (the default one or the one constructed from the <code>region</code>).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#cluster_network_firewall_rules_v2 InstaclustrProvider#cluster_network_firewall_rules_v2}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getClusterNetworkFirewallRulesV2() {
        return null;
    }

    /**
     * Use this to override the resource endpoint URL (the default one or the one constructed from the <code>region</code>).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#zookeeper_cluster_v2 InstaclustrProvider#zookeeper_cluster_v2}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getZookeeperClusterV2() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link InstaclustrProviderEndpoints}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link InstaclustrProviderEndpoints}
     */
    public static final class Builder implements software.amazon.jsii.Builder<InstaclustrProviderEndpoints> {
        java.lang.String awsVpcPeerV2;
        java.lang.String clusterNetworkFirewallRulesV2;
        java.lang.String zookeeperClusterV2;

        /**
         * Sets the value of {@link InstaclustrProviderEndpoints#getAwsVpcPeerV2}
         * @param awsVpcPeerV2 Use this to override the resource endpoint URL (the default one or the one constructed from the <code>region</code>).
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#aws_vpc_peer_v2 InstaclustrProvider#aws_vpc_peer_v2}
         * @return {@code this}
         */
        public Builder awsVpcPeerV2(java.lang.String awsVpcPeerV2) {
            this.awsVpcPeerV2 = awsVpcPeerV2;
            return this;
        }

        /**
         * Sets the value of {@link InstaclustrProviderEndpoints#getClusterNetworkFirewallRulesV2}
         * @param clusterNetworkFirewallRulesV2 Use this to override the resource endpoint URL (the default one or the one constructed from the <code>region</code>).
         *                                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#cluster_network_firewall_rules_v2 InstaclustrProvider#cluster_network_firewall_rules_v2}
         * @return {@code this}
         */
        public Builder clusterNetworkFirewallRulesV2(java.lang.String clusterNetworkFirewallRulesV2) {
            this.clusterNetworkFirewallRulesV2 = clusterNetworkFirewallRulesV2;
            return this;
        }

        /**
         * Sets the value of {@link InstaclustrProviderEndpoints#getZookeeperClusterV2}
         * @param zookeeperClusterV2 Use this to override the resource endpoint URL (the default one or the one constructed from the <code>region</code>).
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#zookeeper_cluster_v2 InstaclustrProvider#zookeeper_cluster_v2}
         * @return {@code this}
         */
        public Builder zookeeperClusterV2(java.lang.String zookeeperClusterV2) {
            this.zookeeperClusterV2 = zookeeperClusterV2;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link InstaclustrProviderEndpoints}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public InstaclustrProviderEndpoints build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link InstaclustrProviderEndpoints}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements InstaclustrProviderEndpoints {
        private final java.lang.String awsVpcPeerV2;
        private final java.lang.String clusterNetworkFirewallRulesV2;
        private final java.lang.String zookeeperClusterV2;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.awsVpcPeerV2 = software.amazon.jsii.Kernel.get(this, "awsVpcPeerV2", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.clusterNetworkFirewallRulesV2 = software.amazon.jsii.Kernel.get(this, "clusterNetworkFirewallRulesV2", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.zookeeperClusterV2 = software.amazon.jsii.Kernel.get(this, "zookeeperClusterV2", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.awsVpcPeerV2 = builder.awsVpcPeerV2;
            this.clusterNetworkFirewallRulesV2 = builder.clusterNetworkFirewallRulesV2;
            this.zookeeperClusterV2 = builder.zookeeperClusterV2;
        }

        @Override
        public final java.lang.String getAwsVpcPeerV2() {
            return this.awsVpcPeerV2;
        }

        @Override
        public final java.lang.String getClusterNetworkFirewallRulesV2() {
            return this.clusterNetworkFirewallRulesV2;
        }

        @Override
        public final java.lang.String getZookeeperClusterV2() {
            return this.zookeeperClusterV2;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAwsVpcPeerV2() != null) {
                data.set("awsVpcPeerV2", om.valueToTree(this.getAwsVpcPeerV2()));
            }
            if (this.getClusterNetworkFirewallRulesV2() != null) {
                data.set("clusterNetworkFirewallRulesV2", om.valueToTree(this.getClusterNetworkFirewallRulesV2()));
            }
            if (this.getZookeeperClusterV2() != null) {
                data.set("zookeeperClusterV2", om.valueToTree(this.getZookeeperClusterV2()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.provider.InstaclustrProviderEndpoints"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            InstaclustrProviderEndpoints.Jsii$Proxy that = (InstaclustrProviderEndpoints.Jsii$Proxy) o;

            if (this.awsVpcPeerV2 != null ? !this.awsVpcPeerV2.equals(that.awsVpcPeerV2) : that.awsVpcPeerV2 != null) return false;
            if (this.clusterNetworkFirewallRulesV2 != null ? !this.clusterNetworkFirewallRulesV2.equals(that.clusterNetworkFirewallRulesV2) : that.clusterNetworkFirewallRulesV2 != null) return false;
            return this.zookeeperClusterV2 != null ? this.zookeeperClusterV2.equals(that.zookeeperClusterV2) : that.zookeeperClusterV2 == null;
        }

        @Override
        public final int hashCode() {
            int result = this.awsVpcPeerV2 != null ? this.awsVpcPeerV2.hashCode() : 0;
            result = 31 * result + (this.clusterNetworkFirewallRulesV2 != null ? this.clusterNetworkFirewallRulesV2.hashCode() : 0);
            result = 31 * result + (this.zookeeperClusterV2 != null ? this.zookeeperClusterV2.hashCode() : 0);
            return result;
        }
    }
}
