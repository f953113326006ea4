package imports.instaclustr.zookeeper_cluster_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.610Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.zookeeperClusterV2.ZookeeperClusterV2DataCentreAwsSettings")
@software.amazon.jsii.Jsii.Proxy(ZookeeperClusterV2DataCentreAwsSettings.Jsii$Proxy.class)
public interface ZookeeperClusterV2DataCentreAwsSettings extends software.amazon.jsii.JsiiSerializable {

    /**
     * VPC ID into which the Data Centre will be provisioned.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#custom_virtual_network_id ZookeeperClusterV2#custom_virtual_network_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCustomVirtualNetworkId() {
        return null;
    }

    /**
     * ID of a KMS encryption key to encrypt data on nodes.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#ebs_encryption_key ZookeeperClusterV2#ebs_encryption_key}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getEbsEncryptionKey() {
        return null;
    }

    /**
     * The private network address block to be used for the storage network (AWS FSx ONTAP node sizes only).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#storage_network ZookeeperClusterV2#storage_network}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStorageNetwork() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ZookeeperClusterV2DataCentreAwsSettings}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ZookeeperClusterV2DataCentreAwsSettings}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ZookeeperClusterV2DataCentreAwsSettings> {
        java.lang.String customVirtualNetworkId;
        java.lang.String ebsEncryptionKey;
        java.lang.String storageNetwork;

        /**
         * Sets the value of {@link ZookeeperClusterV2DataCentreAwsSettings#getCustomVirtualNetworkId}
         * @param customVirtualNetworkId VPC ID into which the Data Centre will be provisioned.
         *                               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#custom_virtual_network_id ZookeeperClusterV2#custom_virtual_network_id}
         * @return {@code this}
         */
        public Builder customVirtualNetworkId(java.lang.String customVirtualNetworkId) {
            this.customVirtualNetworkId = customVirtualNetworkId;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2DataCentreAwsSettings#getEbsEncryptionKey}
         * @param ebsEncryptionKey ID of a KMS encryption key to encrypt data on nodes.
         *                         Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#ebs_encryption_key ZookeeperClusterV2#ebs_encryption_key}
         * @return {@code this}
         */
        public Builder ebsEncryptionKey(java.lang.String ebsEncryptionKey) {
            this.ebsEncryptionKey = ebsEncryptionKey;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2DataCentreAwsSettings#getStorageNetwork}
         * @param storageNetwork The private network address block to be used for the storage network (AWS FSx ONTAP node sizes only).
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#storage_network ZookeeperClusterV2#storage_network}
         * @return {@code this}
         */
        public Builder storageNetwork(java.lang.String storageNetwork) {
            this.storageNetwork = storageNetwork;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ZookeeperClusterV2DataCentreAwsSettings}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ZookeeperClusterV2DataCentreAwsSettings build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ZookeeperClusterV2DataCentreAwsSettings}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ZookeeperClusterV2DataCentreAwsSettings {
        private final java.lang.String customVirtualNetworkId;
        private final java.lang.String ebsEncryptionKey;
        private final java.lang.String storageNetwork;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.customVirtualNetworkId = software.amazon.jsii.Kernel.get(this, "customVirtualNetworkId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.ebsEncryptionKey = software.amazon.jsii.Kernel.get(this, "ebsEncryptionKey", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.storageNetwork = software.amazon.jsii.Kernel.get(this, "storageNetwork", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.customVirtualNetworkId = builder.customVirtualNetworkId;
            this.ebsEncryptionKey = builder.ebsEncryptionKey;
            this.storageNetwork = builder.storageNetwork;
        }

        @Override
        public final java.lang.String getCustomVirtualNetworkId() {
            return this.customVirtualNetworkId;
        }

        @Override
        public final java.lang.String getEbsEncryptionKey() {
            return this.ebsEncryptionKey;
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
            if (this.getEbsEncryptionKey() != null) {
                data.set("ebsEncryptionKey", om.valueToTree(this.getEbsEncryptionKey()));
            }
            if (this.getStorageNetwork() != null) {
                data.set("storageNetwork", om.valueToTree(this.getStorageNetwork()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.zookeeperClusterV2.ZookeeperClusterV2DataCentreAwsSettings"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ZookeeperClusterV2DataCentreAwsSettings.Jsii$Proxy that = (ZookeeperClusterV2DataCentreAwsSettings.Jsii$Proxy) o;

            if (this.customVirtualNetworkId != null ? !this.customVirtualNetworkId.equals(that.customVirtualNetworkId) : that.customVirtualNetworkId != null) return false;
            if (this.ebsEncryptionKey != null ? !this.ebsEncryptionKey.equals(that.ebsEncryptionKey) : that.ebsEncryptionKey != null) return false;
            return this.storageNetwork != null ? this.storageNetwork.equals(that.storageNetwork) : that.storageNetwork == null;
        }

        @Override
        public final int hashCode() {
            int result = this.customVirtualNetworkId != null ? this.customVirtualNetworkId.hashCode() : 0;
            result = 31 * result + (this.ebsEncryptionKey != null ? this.ebsEncryptionKey.hashCode() : 0);
            result = 31 * result + (this.storageNetwork != null ? this.storageNetwork.hashCode() : 0);
            return result;
        }
    }
}
