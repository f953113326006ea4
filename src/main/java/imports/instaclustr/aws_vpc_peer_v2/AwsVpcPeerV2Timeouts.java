package imports.instaclustr.aws_vpc_peer_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:06.768Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.awsVpcPeerV2.AwsVpcPeerV2Timeouts")
@software.amazon.jsii.Jsii.Proxy(AwsVpcPeerV2Timeouts.Jsii$Proxy.class)
public interface AwsVpcPeerV2Timeouts extends software.amazon.jsii.JsiiSerializable {

    /**
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/aws_vpc_peer_v2#default AwsVpcPeerV2#default}.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDefaultValue() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link AwsVpcPeerV2Timeouts}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link AwsVpcPeerV2Timeouts}
     */
    public static final class Builder implements software.amazon.jsii.Builder<AwsVpcPeerV2Timeouts> {
        java.lang.String defaultValue;

        /**
         * Sets the value of {@link AwsVpcPeerV2Timeouts#getDefaultValue}
         * @param defaultValue Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/aws_vpc_peer_v2#default AwsVpcPeerV2#default}.
         * @return {@code this}
         */
        public Builder defaultValue(java.lang.String defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link AwsVpcPeerV2Timeouts}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public AwsVpcPeerV2Timeouts build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link AwsVpcPeerV2Timeouts}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements AwsVpcPeerV2Timeouts {
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
            struct.set("fqn", om.valueToTree("instaclustr.awsVpcPeerV2.AwsVpcPeerV2Timeouts"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            AwsVpcPeerV2Timeouts.Jsii$Proxy that = (AwsVpcPeerV2Timeouts.Jsii$Proxy) o;

            return this.defaultValue != null ? this.defaultValue.equals(that.defaultValue) : that.defaultValue == null;
        }

        @Override
        public final int hashCode() {
            int result = this.defaultValue != null ? this.defaultValue.hashCode() : 0;
            return result;
        }
    }
}
