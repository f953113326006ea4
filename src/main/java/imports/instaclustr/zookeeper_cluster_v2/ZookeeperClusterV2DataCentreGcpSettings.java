package imports.instaclustr.zookeeper_cluster_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.669Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.zookeeperClusterV2.ZookeeperClusterV2DataCentreGcpSettings")
@software.amazon.jsii.Jsii.Proxy(ZookeeperClusterV2DataCentreGcpSettings.Jsii$Proxy.class)
public interface ZookeeperClusterV2DataCentreGcpSettings extends software.amazon.jsii.JsiiSerializable {

    /**
     * Network name or a relative Network or Subnetwork URI.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#custom_virtual_network_id ZookeeperClusterV2#custom_virtual_network_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCustomVirtualNetworkId() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ZookeeperClusterV2DataCentreGcpSettings}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ZookeeperClusterV2DataCentreGcpSettings}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ZookeeperClusterV2DataCentreGcpSettings> {
        java.lang.String customVirtualNetworkId;

        /**
         * Sets the value of {@link ZookeeperClusterV2DataCentreGcpSettings#getCustomVirtualNetworkId}
         * @param customVirtualNetworkId Network name or a relative Network or Subnetwork URI.
         *                               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#custom_virtual_network_id ZookeeperClusterV2#custom_virtual_network_id}
         * @return {@code this}
         */
        public Builder customVirtualNetworkId(java.lang.String customVirtualNetworkId) {
            this.customVirtualNetworkId = customVirtualNetworkId;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ZookeeperClusterV2DataCentreGcpSettings}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ZookeeperClusterV2DataCentreGcpSettings build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ZookeeperClusterV2DataCentreGcpSettings}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ZookeeperClusterV2DataCentreGcpSettings {
        private final java.lang.String customVirtualNetworkId;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.customVirtualNetworkId = software.amazon.jsii.Kernel.get(this, "customVirtualNetworkId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.customVirtualNetworkId = builder.customVirtualNetworkId;
        }

        @Override
        public final java.lang.String getCustomVirtualNetworkId() {
            return this.customVirtualNetworkId;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getCustomVirtualNetworkId() != null) {
                data.set("customVirtualNetworkId", om.valueToTree(this.getCustomVirtualNetworkId()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.zookeeperClusterV2.ZookeeperClusterV2DataCentreGcpSettings"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ZookeeperClusterV2DataCentreGcpSettings.Jsii$Proxy that = (ZookeeperClusterV2DataCentreGcpSettings.Jsii$Proxy) o;

            return this.customVirtualNetworkId != null ? this.customVirtualNetworkId.equals(that.customVirtualNetworkId) : that.customVirtualNetworkId == null;
        }

        @Override
        public final int hashCode() {
            int result = this.customVirtualNetworkId != null ? this.customVirtualNetworkId.hashCode() : 0;
            return result;
        }
    }
}
