package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.400Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag")
@software.amazon.jsii.Jsii.Proxy(DataInstaclustrZookeeperClusterV2InstanceDataCentreTag.Jsii$Proxy.class)
public interface DataInstaclustrZookeeperClusterV2InstanceDataCentreTag extends software.amazon.jsii.JsiiSerializable {

    /**
     * Key of the custom tag.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#key DataInstaclustrZookeeperClusterV2Instance#key}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getKey() {
        return null;
    }

    /**
     * Value of the custom tag.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#value DataInstaclustrZookeeperClusterV2Instance#value}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getValue() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreTag}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreTag}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DataInstaclustrZookeeperClusterV2InstanceDataCentreTag> {
        java.lang.String key;
        java.lang.String value;

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreTag#getKey}
         * @param key Key of the custom tag.
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#key DataInstaclustrZookeeperClusterV2Instance#key}
         * @return {@code this}
         */
        public Builder key(java.lang.String key) {
            this.key = key;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreTag#getValue}
         * @param value Value of the custom tag.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#value DataInstaclustrZookeeperClusterV2Instance#value}
         * @return {@code this}
         */
        public Builder value(java.lang.String value) {
            this.value = value;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreTag}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DataInstaclustrZookeeperClusterV2InstanceDataCentreTag build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DataInstaclustrZookeeperClusterV2InstanceDataCentreTag}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DataInstaclustrZookeeperClusterV2InstanceDataCentreTag {
        private final java.lang.String key;
        private final java.lang.String value;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.key = software.amazon.jsii.Kernel.get(this, "key", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.value = software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.key = builder.key;
            this.value = builder.value;
        }

        @Override
        public final java.lang.String getKey() {
            return this.key;
        }

        @Override
        public final java.lang.String getValue() {
            return this.value;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getKey() != null) {
                data.set("key", om.valueToTree(this.getKey()));
            }
            if (this.getValue() != null) {
                data.set("value", om.valueToTree(this.getValue()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DataInstaclustrZookeeperClusterV2InstanceDataCentreTag.Jsii$Proxy that = (DataInstaclustrZookeeperClusterV2InstanceDataCentreTag.Jsii$Proxy) o;

            if (this.key != null ? !this.key.equals(that.key) : that.key != null) return false;
            return this.value != null ? this.value.equals(that.value) : that.value == null;
        }

        @Override
        public final int hashCode() {
            int result = this.key != null ? this.key.hashCode() : 0;
            result = 31 * result + (this.value != null ? this.value.hashCode() : 0);
            return result;
        }
    }
}
