package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.217Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes")
@software.amazon.jsii.Jsii.Proxy(DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes.Jsii$Proxy.class)
public interface DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes extends software.amazon.jsii.JsiiSerializable {

    /**
     * Deletion time of the node as a UTC timestamp.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#deletion_time DataInstaclustrZookeeperClusterV2Instance#deletion_time}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDeletionTime() {
        return null;
    }

    /**
     * ID of the node.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#id DataInstaclustrZookeeperClusterV2Instance#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * The roles or purposes of the node. Useful for filtering for nodes that have a specific role.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#node_roles DataInstaclustrZookeeperClusterV2Instance#node_roles}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getNodeRoles() {
        return null;
    }

    /**
     * Size of the node.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#node_size DataInstaclustrZookeeperClusterV2Instance#node_size}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNodeSize() {
        return null;
    }

    /**
     * Private IP address of the node.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#private_address DataInstaclustrZookeeperClusterV2Instance#private_address}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPrivateAddress() {
        return null;
    }

    /**
     * Public IP address of the node.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#public_address DataInstaclustrZookeeperClusterV2Instance#public_address}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPublicAddress() {
        return null;
    }

    /**
     * Rack name in which the node is located.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#rack DataInstaclustrZookeeperClusterV2Instance#rack}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRack() {
        return null;
    }

    /**
     * Start time of the node as a UTC timestamp.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#start_time DataInstaclustrZookeeperClusterV2Instance#start_time}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStartTime() {
        return null;
    }

    /**
     * Provisioning status of the node.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#status DataInstaclustrZookeeperClusterV2Instance#status}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStatus() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes> {
        java.lang.String deletionTime;
        java.lang.String id;
        java.util.List<java.lang.String> nodeRoles;
        java.lang.String nodeSize;
        java.lang.String privateAddress;
        java.lang.String publicAddress;
        java.lang.String rack;
        java.lang.String startTime;
        java.lang.String status;

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getDeletionTime}
         * @param deletionTime Deletion time of the node as a UTC timestamp.
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#deletion_time DataInstaclustrZookeeperClusterV2Instance#deletion_time}
         * @return {@code this}
         */
        public Builder deletionTime(java.lang.String deletionTime) {
            this.deletionTime = deletionTime;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getId}
         * @param id ID of the node.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#id DataInstaclustrZookeeperClusterV2Instance#id}
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
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getNodeRoles}
         * @param nodeRoles The roles or purposes of the node. Useful for filtering for nodes that have a specific role.
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#node_roles DataInstaclustrZookeeperClusterV2Instance#node_roles}
         * @return {@code this}
         */
        public Builder nodeRoles(java.util.List<java.lang.String> nodeRoles) {
            this.nodeRoles = nodeRoles;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getNodeSize}
         * @param nodeSize Size of the node.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#node_size DataInstaclustrZookeeperClusterV2Instance#node_size}
         * @return {@code this}
         */
        public Builder nodeSize(java.lang.String nodeSize) {
            this.nodeSize = nodeSize;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getPrivateAddress}
         * @param privateAddress Private IP address of the node.
         *                       Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#private_address DataInstaclustrZookeeperClusterV2Instance#private_address}
         * @return {@code this}
         */
        public Builder privateAddress(java.lang.String privateAddress) {
            this.privateAddress = privateAddress;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getPublicAddress}
         * @param publicAddress Public IP address of the node.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#public_address DataInstaclustrZookeeperClusterV2Instance#public_address}
         * @return {@code this}
         */
        public Builder publicAddress(java.lang.String publicAddress) {
            this.publicAddress = publicAddress;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getRack}
         * @param rack Rack name in which the node is located.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#rack DataInstaclustrZookeeperClusterV2Instance#rack}
         * @return {@code this}
         */
        public Builder rack(java.lang.String rack) {
            this.rack = rack;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getStartTime}
         * @param startTime Start time of the node as a UTC timestamp.
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#start_time DataInstaclustrZookeeperClusterV2Instance#start_time}
         * @return {@code this}
         */
        public Builder startTime(java.lang.String startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes#getStatus}
         * @param status Provisioning status of the node.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#status DataInstaclustrZookeeperClusterV2Instance#status}
         * @return {@code this}
         */
        public Builder status(java.lang.String status) {
            this.status = status;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes {
        private final java.lang.String deletionTime;
        private final java.lang.String id;
        private final java.util.List<java.lang.String> nodeRoles;
        private final java.lang.String nodeSize;
        private final java.lang.String privateAddress;
        private final java.lang.String publicAddress;
        private final java.lang.String rack;
        private final java.lang.String startTime;
        private final java.lang.String status;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.deletionTime = software.amazon.jsii.Kernel.get(this, "deletionTime", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.nodeRoles = software.amazon.jsii.Kernel.get(this, "nodeRoles", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.nodeSize = software.amazon.jsii.Kernel.get(this, "nodeSize", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.privateAddress = software.amazon.jsii.Kernel.get(this, "privateAddress", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.publicAddress = software.amazon.jsii.Kernel.get(this, "publicAddress", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.rack = software.amazon.jsii.Kernel.get(this, "rack", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.startTime = software.amazon.jsii.Kernel.get(this, "startTime", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.status = software.amazon.jsii.Kernel.get(this, "status", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.deletionTime = builder.deletionTime;
            this.id = builder.id;
            this.nodeRoles = builder.nodeRoles;
            this.nodeSize = builder.nodeSize;
            this.privateAddress = builder.privateAddress;
            this.publicAddress = builder.publicAddress;
            this.rack = builder.rack;
            this.startTime = builder.startTime;
            this.status = builder.status;
        }

        @Override
        public final java.lang.String getDeletionTime() {
            return this.deletionTime;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.util.List<java.lang.String> getNodeRoles() {
            return this.nodeRoles;
        }

        @Override
        public final java.lang.String getNodeSize() {
            return this.nodeSize;
        }

        @Override
        public final java.lang.String getPrivateAddress() {
            return this.privateAddress;
        }

        @Override
        public final java.lang.String getPublicAddress() {
            return this.publicAddress;
        }

        @Override
        public final java.lang.String getRack() {
            return this.rack;
        }

        @Override
        public final java.lang.String getStartTime() {
            return this.startTime;
        }

        @Override
        public final java.lang.String getStatus() {
            return this.status;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getDeletionTime() != null) {
                data.set("deletionTime", om.valueToTree(this.getDeletionTime()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getNodeRoles() != null) {
                data.set("nodeRoles", om.valueToTree(this.getNodeRoles()));
            }
            if (this.getNodeSize() != null) {
                data.set("nodeSize", om.valueToTree(this.getNodeSize()));
            }
            if (this.getPrivateAddress() != null) {
                data.set("privateAddress", om.valueToTree(this.getPrivateAddress()));
            }
            if (this.getPublicAddress() != null) {
                data.set("publicAddress", om.valueToTree(this.getPublicAddress()));
            }
            if (this.getRack() != null) {
                data.set("rack", om.valueToTree(this.getRack()));
            }
            if (this.getStartTime() != null) {
                data.set("startTime", om.valueToTree(this.getStartTime()));
            }
            if (this.getStatus() != null) {
                data.set("status", om.valueToTree(this.getStatus()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes.Jsii$Proxy that = (DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes.Jsii$Proxy) o;

            if (this.deletionTime != null ? !this.deletionTime.equals(that.deletionTime) : that.deletionTime != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.nodeRoles != null ? !this.nodeRoles.equals(that.nodeRoles) : that.nodeRoles != null) return false;
            if (this.nodeSize != null ? !this.nodeSize.equals(that.nodeSize) : that.nodeSize != null) return false;
            if (this.privateAddress != null ? !this.privateAddress.equals(that.privateAddress) : that.privateAddress != null) return false;
            if (this.publicAddress != null ? !this.publicAddress.equals(that.publicAddress) : that.publicAddress != null) return false;
            if (this.rack != null ? !this.rack.equals(that.rack) : that.rack != null) return false;
            if (this.startTime != null ? !this.startTime.equals(that.startTime) : that.startTime != null) return false;
            return this.status != null ? this.status.equals(that.status) : that.status == null;
        }

        @Override
        public final int hashCode() {
            int result = this.deletionTime != null ? this.deletionTime.hashCode() : 0;
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.nodeRoles != null ? this.nodeRoles.hashCode() : 0);
            result = 31 * result + (this.nodeSize != null ? this.nodeSize.hashCode() : 0);
            result = 31 * result + (this.privateAddress != null ? this.privateAddress.hashCode() : 0);
            result = 31 * result + (this.publicAddress != null ? this.publicAddress.hashCode() : 0);
            result = 31 * result + (this.rack != null ? this.rack.hashCode() : 0);
            result = 31 * result + (this.startTime != null ? this.startTime.hashCode() : 0);
            result = 31 * result + (this.status != null ? this.status.hashCode() : 0);
            return result;
        }
    }
}
