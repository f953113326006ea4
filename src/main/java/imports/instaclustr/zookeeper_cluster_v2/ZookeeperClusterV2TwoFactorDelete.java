package imports.instaclustr.zookeeper_cluster_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.911Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.zookeeperClusterV2.ZookeeperClusterV2TwoFactorDelete")
@software.amazon.jsii.Jsii.Proxy(ZookeeperClusterV2TwoFactorDelete.Jsii$Proxy.class)
public interface ZookeeperClusterV2TwoFactorDelete extends software.amazon.jsii.JsiiSerializable {

    /**
     * The email address which will be contacted when the cluster is requested to be deleted.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#confirmation_email ZookeeperClusterV2#confirmation_email}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getConfirmationEmail();

    /**
     * The phone number which will be contacted when the cluster is requested to be delete.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#confirmation_phone_number ZookeeperClusterV2#confirmation_phone_number}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getConfirmationPhoneNumber() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ZookeeperClusterV2TwoFactorDelete}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ZookeeperClusterV2TwoFactorDelete}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ZookeeperClusterV2TwoFactorDelete> {
        java.lang.String confirmationEmail;
        java.lang.String confirmationPhoneNumber;

        /**
         * Sets the value of {@link ZookeeperClusterV2TwoFactorDelete#getConfirmationEmail}
         * @param confirmationEmail The email address which will be contacted when the cluster is requested to be deleted. This parameter is required.
         *                          Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#confirmation_email ZookeeperClusterV2#confirmation_email}
         * @return {@code this}
         */
        public Builder confirmationEmail(java.lang.String confirmationEmail) {
            this.confirmationEmail = confirmationEmail;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2TwoFactorDelete#getConfirmationPhoneNumber}
         * @param confirmationPhoneNumber The phone number which will be contacted when the cluster is requested to be delete.
         *                                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#confirmation_phone_number ZookeeperClusterV2#confirmation_phone_number}
         * @return {@code this}
         */
        public Builder confirmationPhoneNumber(java.lang.String confirmationPhoneNumber) {
            this.confirmationPhoneNumber = confirmationPhoneNumber;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ZookeeperClusterV2TwoFactorDelete}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ZookeeperClusterV2TwoFactorDelete build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ZookeeperClusterV2TwoFactorDelete}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ZookeeperClusterV2TwoFactorDelete {
        private final java.lang.String confirmationEmail;
        private final java.lang.String confirmationPhoneNumber;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.confirmationEmail = software.amazon.jsii.Kernel.get(this, "confirmationEmail", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.confirmationPhoneNumber = software.amazon.jsii.Kernel.get(this, "confirmationPhoneNumber", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.confirmationEmail = java.util.Objects.requireNonNull(builder.confirmationEmail, "confirmationEmail is required");
            this.confirmationPhoneNumber = builder.confirmationPhoneNumber;
        }

        @Override
        public final java.lang.String getConfirmationEmail() {
            return this.confirmationEmail;
        }

        @Override
        public final java.lang.String getConfirmationPhoneNumber() {
            return this.confirmationPhoneNumber;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("confirmationEmail", om.valueToTree(this.getConfirmationEmail()));
            if (this.getConfirmationPhoneNumber() != null) {
                data.set("confirmationPhoneNumber", om.valueToTree(this.getConfirmationPhoneNumber()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.zookeeperClusterV2.ZookeeperClusterV2TwoFactorDelete"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ZookeeperClusterV2TwoFactorDelete.Jsii$Proxy that = (ZookeeperClusterV2TwoFactorDelete.Jsii$Proxy) o;

            if (!confirmationEmail.equals(that.confirmationEmail)) return false;
            return this.confirmationPhoneNumber != null ? this.confirmationPhoneNumber.equals(that.confirmationPhoneNumber) : that.confirmationPhoneNumber == null;
        }

        @Override
        public final int hashCode() {
            int result = this.confirmationEmail.hashCode();
            result = 31 * result + (this.confirmationPhoneNumber != null ? this.confirmationPhoneNumber.hashCode() : 0);
            return result;
        }
    }
}
