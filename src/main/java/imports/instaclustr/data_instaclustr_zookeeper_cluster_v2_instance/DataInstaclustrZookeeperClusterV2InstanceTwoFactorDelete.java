package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.421Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete")
@software.amazon.jsii.Jsii.Proxy(DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete.Jsii$Proxy.class)
public interface DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete extends software.amazon.jsii.JsiiSerializable {

    /**
     * The email address which will be contacted when the cluster is requested to be deleted.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#confirmation_email DataInstaclustrZookeeperClusterV2Instance#confirmation_email}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getConfirmationEmail() {
        return null;
    }

    /**
     * The phone number which will be contacted when the cluster is requested to be delete.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#confirmation_phone_number DataInstaclustrZookeeperClusterV2Instance#confirmation_phone_number}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getConfirmationPhoneNumber() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete> {
        java.lang.String confirmationEmail;
        java.lang.String confirmationPhoneNumber;

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete#getConfirmationEmail}
         * @param confirmationEmail The email address which will be contacted when the cluster is requested to be deleted.
         *                          Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#confirmation_email DataInstaclustrZookeeperClusterV2Instance#confirmation_email}
         * @return {@code this}
         */
        public Builder confirmationEmail(java.lang.String confirmationEmail) {
            this.confirmationEmail = confirmationEmail;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete#getConfirmationPhoneNumber}
         * @param confirmationPhoneNumber The phone number which will be contacted when the cluster is requested to be delete.
         *                                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#confirmation_phone_number DataInstaclustrZookeeperClusterV2Instance#confirmation_phone_number}
         * @return {@code this}
         */
        public Builder confirmationPhoneNumber(java.lang.String confirmationPhoneNumber) {
            this.confirmationPhoneNumber = confirmationPhoneNumber;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete {
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
            this.confirmationEmail = builder.confirmationEmail;
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

            if (this.getConfirmationEmail() != null) {
                data.set("confirmationEmail", om.valueToTree(this.getConfirmationEmail()));
            }
            if (this.getConfirmationPhoneNumber() != null) {
                data.set("confirmationPhoneNumber", om.valueToTree(this.getConfirmationPhoneNumber()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete.Jsii$Proxy that = (DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete.Jsii$Proxy) o;

            if (this.confirmationEmail != null ? !this.confirmationEmail.equals(that.confirmationEmail) : that.confirmationEmail != null) return false;
            return this.confirmationPhoneNumber != null ? this.confirmationPhoneNumber.equals(that.confirmationPhoneNumber) : that.confirmationPhoneNumber == null;
        }

        @Override
        public final int hashCode() {
            int result = this.confirmationEmail != null ? this.confirmationEmail.hashCode() : 0;
            result = 31 * result + (this.confirmationPhoneNumber != null ? this.confirmationPhoneNumber.hashCode() : 0);
            return result;
        }
    }
}
