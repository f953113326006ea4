package imports.instaclustr.provider;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.465Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.provider.InstaclustrProviderConfig")
@software.amazon.jsii.Jsii.Proxy(InstaclustrProviderConfig.Jsii$Proxy.class)
public interface InstaclustrProviderConfig extends software.amazon.jsii.JsiiSerializable {

    /**
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#terraform_key InstaclustrProvider#terraform_key}.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getTerraformKey();

    /**
     * Alias name.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#alias InstaclustrProvider#alias}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAlias() {
        return null;
    }

    /**
     * endpoints block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#endpoints InstaclustrProvider#endpoints}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.provider.InstaclustrProviderEndpoints}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getEndpoints() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link InstaclustrProviderConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link InstaclustrProviderConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<InstaclustrProviderConfig> {
        java.lang.String terraformKey;
        java.lang.String alias;
        java.lang.Object endpoints;

        /**
         * Sets the value of {@link InstaclustrProviderConfig#getTerraformKey}
         * @param terraformKey Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#terraform_key InstaclustrProvider#terraform_key}. This parameter is required.
         * @return {@code this}
         */
        public Builder terraformKey(java.lang.String terraformKey) {
            this.terraformKey = terraformKey;
            return this;
        }

        /**
         * Sets the value of {@link InstaclustrProviderConfig#getAlias}
         * @param alias Alias name.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#alias InstaclustrProvider#alias}
         * @return {@code this}
         */
        public Builder alias(java.lang.String alias) {
            this.alias = alias;
            return this;
        }

        /**
         * Sets the value of {@link InstaclustrProviderConfig#getEndpoints}
         * @param endpoints endpoints block.
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#endpoints InstaclustrProvider#endpoints}
         * @return {@code this}
         */
        public Builder endpoints(com.hashicorp.cdktf.IResolvable endpoints) {
            this.endpoints = endpoints;
            return this;
        }

        /**
         * Sets the value of {@link InstaclustrProviderConfig#getEndpoints}
         * @param endpoints endpoints block.
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#endpoints InstaclustrProvider#endpoints}
         * @return {@code this}
         */
        public Builder endpoints(java.util.List<? extends imports.instaclustr.provider.InstaclustrProviderEndpoints> endpoints) {
            this.endpoints = endpoints;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link InstaclustrProviderConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public InstaclustrProviderConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link InstaclustrProviderConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements InstaclustrProviderConfig {
        private final java.lang.String terraformKey;
        private final java.lang.String alias;
        private final java.lang.Object endpoints;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.terraformKey = software.amazon.jsii.Kernel.get(this, "terraformKey", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.alias = software.amazon.jsii.Kernel.get(this, "alias", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.endpoints = software.amazon.jsii.Kernel.get(this, "endpoints", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.terraformKey = java.util.Objects.requireNonNull(builder.terraformKey, "terraformKey is required");
            this.alias = builder.alias;
            this.endpoints = builder.endpoints;
        }

        @Override
        public final java.lang.String getTerraformKey() {
            return this.terraformKey;
        }

        @Override
        public final java.lang.String getAlias() {
            return this.alias;
        }

        @Override
        public final java.lang.Object getEndpoints() {
            return this.endpoints;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("terraformKey", om.valueToTree(this.getTerraformKey()));
            if (this.getAlias() != null) {
                data.set("alias", om.valueToTree(this.getAlias()));
            }
            if (this.getEndpoints() != null) {
                data.set("endpoints", om.valueToTree(this.getEndpoints()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.provider.InstaclustrProviderConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            InstaclustrProviderConfig.Jsii$Proxy that = (InstaclustrProviderConfig.Jsii$Proxy) o;

            if (!terraformKey.equals(that.terraformKey)) return false;
            if (this.alias != null ? !this.alias.equals(that.alias) : that.alias != null) return false;
            return this.endpoints != null ? this.endpoints.equals(that.endpoints) : that.endpoints == null;
        }

        @Override
        public final int hashCode() {
            int result = this.terraformKey.hashCode();
            result = 31 * result + (this.alias != null ? this.alias.hashCode() : 0);
            result = 31 * result + (this.endpoints != null ? this.endpoints.hashCode() : 0);
            return result;
        }
    }
}
