package imports.instaclustr.zookeeper_cluster_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.731Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.zookeeperClusterV2.ZookeeperClusterV2DataCentreTag")
@software.amazon.jsii.Jsii.Proxy(ZookeeperClusterV2DataCentreTag.Jsii$Proxy.class)
public interface ZookeeperClusterV2DataCentreTag extends software.amazon.jsii.JsiiSerializable {

    /**
     * Key of the custom tag.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#key ZookeeperClusterV2#key}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getKey();

    /**
     * Value of the custom tag.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#value ZookeeperClusterV2#value}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getValue() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ZookeeperClusterV2DataCentreTag}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ZookeeperClusterV2DataCentreTag}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ZookeeperClusterV2DataCentreTag> {
        java.lang.String key;
        java.lang.String value;

        /**
         * Sets the value of {@link ZookeeperClusterV2DataCentreTag#getKey}
         * @param key Key of the custom tag. This parameter is required.
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#key ZookeeperClusterV2#key}
         * @return {@code this}
         */
        public Builder key(java.lang.String key) {
            this.key = key;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2DataCentreTag#getValue}
         * @param value Value of the custom tag.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#value ZookeeperClusterV2#value}
         * @return {@code this}
         */
        public Builder value(java.lang.String value) {
            this.value = value;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ZookeeperClusterV2DataCentreTag}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ZookeeperClusterV2DataCentreTag build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ZookeeperClusterV2DataCentreTag}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ZookeeperClusterV2DataCentreTag {
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
            this.key = java.util.Objects.requireNonNull(builder.key, "key is required");
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

            data.set("key", om.valueToTree(this.getKey()));
            if (this.getValue() != null) {
                data.set("value", om.valueToTree(this.getValue()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.zookeeperClusterV2.ZookeeperClusterV2DataCentreTag"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ZookeeperClusterV2DataCentreTag.Jsii$Proxy that = (ZookeeperClusterV2DataCentreTag.Jsii$Proxy) o;

            if (!key.equals(that.key)) return false;
            return this.value != null ? this.value.equals(that.value) : that.value == null;
        }

        @Override
        public final int hashCode() {
            int result = this.key.hashCode();
            result = 31 * result + (this.value != null ? this.value.hashCode() : 0);
            return result;
        }
    }
}
