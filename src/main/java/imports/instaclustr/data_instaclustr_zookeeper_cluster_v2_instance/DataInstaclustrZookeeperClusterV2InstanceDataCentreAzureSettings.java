package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.182Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings")
@software.amazon.jsii.Jsii.Proxy(DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings.Jsii$Proxy.class)
public interface DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings extends software.amazon.jsii.JsiiSerializable {

    /**
     * VNet ID into which the Data Centre will be provisioned.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#custom_virtual_network_id DataInstaclustrZookeeperClusterV2Instance#custom_virtual_network_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCustomVirtualNetworkId() {
        return null;
    }

    /**
     * The name of the Azure Resource Group into which the Data Centre will be provisioned.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#resource_group DataInstaclustrZookeeperClusterV2Instance#resource_group}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getResourceGroup() {
        return null;
    }

    /**
     * The private network address block to be used for the storage network (Azure NetApp Files node sizes only).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#storage_network DataInstaclustrZookeeperClusterV2Instance#storage_network}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStorageNetwork() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings> {
        java.lang.String customVirtualNetworkId;
        java.lang.String resourceGroup;
        java.lang.String storageNetwork;

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings#getCustomVirtualNetworkId}
         * @param customVirtualNetworkId VNet ID into which the Data Centre will be provisioned.
         *                               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#custom_virtual_network_id DataInstaclustrZookeeperClusterV2Instance#custom_virtual_network_id}
         * @return {@code this}
         */
        public Builder customVirtualNetworkId(java.lang.String customVirtualNetworkId) {
            this.customVirtualNetworkId = customVirtualNetworkId;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings#getResourceGroup}
         * @param resourceGroup The name of the Azure Resource Group into which the Data Centre will be provisioned.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#resource_group DataInstaclustrZookeeperClusterV2Instance#resource_group}
         * @return {@code this}
         */
        public Builder resourceGroup(java.lang.String resourceGroup) {
            this.resourceGroup = resourceGroup;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings#getStorageNetwork}
         * @param storageNetwork The private network address block to be used for the storage network (Azure NetApp Files node sizes only).
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#storage_network DataInstaclustrZookeeperClusterV2Instance#storage_network}
         * @return {@code this}
         */
        public Builder storageNetwork(java.lang.String storageNetwork) {
            this.storageNetwork = storageNetwork;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings {
        private final java.lang.String customVirtualNetworkId;
        private final java.lang.String resourceGroup;
        private final java.lang.String storageNetwork;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.customVirtualNetworkId = software.amazon.jsii.Kernel.get(this, "customVirtualNetworkId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.resourceGroup = software.amazon.jsii.Kernel.get(this, "resourceGroup", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.storageNetwork = software.amazon.jsii.Kernel.get(this, "storageNetwork", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.customVirtualNetworkId = builder.customVirtualNetworkId;
            this.resourceGroup = builder.resourceGroup;
            this.storageNetwork = builder.storageNetwork;
        }

        @Override
        public final java.lang.String getCustomVirtualNetworkId() {
            return this.customVirtualNetworkId;
        }

        @Override
        public final java.lang.String getResourceGroup() {
            return this.resourceGroup;
        }

        @Override
        public final java.lang.String getStorageNetwork() {
            return this.storageNetwork;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getCustomVirtualNetworkId() != null) {
                data.set("customVirtualNetworkId", om.valueToTree(this.getCustomVirtualNetworkId()));
            }
            if (this.getResourceGroup() != null) {
                data.set("resourceGroup", om.valueToTree(this.getResourceGroup()));
            }
            if (this.getStorageNetwork() != null) {
                data.set("storageNetwork", om.valueToTree(this.getStorageNetwork()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings.Jsii$Proxy that = (DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings.Jsii$Proxy) o;

            if (this.customVirtualNetworkId != null ? !this.customVirtualNetworkId.equals(that.customVirtualNetworkId) : that.customVirtualNetworkId != null) return false;
            if (this.resourceGroup != null ? !this.resourceGroup.equals(that.resourceGroup) : that.resourceGroup != null) return false;
            return this.storageNetwork != null ? this.storageNetwork.equals(that.storageNetwork) : that.storageNetwork == null;
        }

        @Override
        public final int hashCode() {
            int result = this.customVirtualNetworkId != null ? this.customVirtualNetworkId.hashCode() : 0;
            result = 31 * result + (this.resourceGroup != null ? this.resourceGroup.hashCode() : 0);
            result = 31 * result + (this.storageNetwork != null ? this.storageNetwork.hashCode() : 0);
            return result;
        }
    }
}
