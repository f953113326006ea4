package imports.instaclustr.provider;

/**
 * Represents a {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs instaclustr}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.457Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.provider.InstaclustrProvider")
public class InstaclustrProvider extends com.hashicorp.cdktf.TerraformProvider {

    protected InstaclustrProvider(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected InstaclustrProvider(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.instaclustr.provider.InstaclustrProvider.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs instaclustr} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public InstaclustrProvider(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.instaclustr.provider.InstaclustrProviderConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a InstaclustrProvider resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the InstaclustrProvider to import. This parameter is required.
     * @param importFromId The id of the existing InstaclustrProvider that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the InstaclustrProvider to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.instaclustr.provider.InstaclustrProvider.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a InstaclustrProvider resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the InstaclustrProvider to import. This parameter is required.
     * @param importFromId The id of the existing InstaclustrProvider that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.instaclustr.provider.InstaclustrProvider.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void resetAlias() {
        software.amazon.jsii.Kernel.call(this, "resetAlias", software.amazon.jsii.NativeType.VOID);
    }

    public void resetEndpoints() {
        software.amazon.jsii.Kernel.call(this, "resetEndpoints", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.Nullable java.lang.String getAliasInput() {
        return software.amazon.jsii.Kernel.get(this, "aliasInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.provider.InstaclustrProviderEndpoints}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getEndpointsInput() {
        return software.amazon.jsii.Kernel.get(this, "endpointsInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getTerraformKeyInput() {
        return software.amazon.jsii.Kernel.get(this, "terraformKeyInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    @Override
    public @org.jetbrains.annotations.Nullable java.lang.String getAlias() {
        return software.amazon.jsii.Kernel.get(this, "alias", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    @Override
    public void setAlias(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "alias", value);
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.provider.InstaclustrProviderEndpoints}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getEndpoints() {
        return software.amazon.jsii.Kernel.get(this, "endpoints", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setEndpoints(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "endpoints", value);
    }

    public void setEndpoints(final @org.jetbrains.annotations.Nullable java.util.List<imports.instaclustr.provider.InstaclustrProviderEndpoints> value) {
        software.amazon.jsii.Kernel.set(this, "endpoints", value);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getTerraformKey() {
        return software.amazon.jsii.Kernel.get(this, "terraformKey", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setTerraformKey(final @org.jetbrains.annotations.Nullable java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "terraformKey", value);
    }

    /**
     * A fluent builder for {@link imports.instaclustr.provider.InstaclustrProvider}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.instaclustr.provider.InstaclustrProvider> {
        /**
         * @return a new instance of {@link Builder}.
         * @param scope The scope in which to define this construct. This parameter is required.
         * @param id The scoped construct ID. This parameter is required.
         */
        public static Builder create(final software.constructs.Construct scope, final java.lang.String id) {
            return new Builder(scope, id);
        }

        private final software.constructs.Construct scope;
        private final java.lang.String id;
        private final imports.instaclustr.provider.InstaclustrProviderConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.instaclustr.provider.InstaclustrProviderConfig.Builder();
        }

        /**
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#terraform_key InstaclustrProvider#terraform_key}.
         * <p>
         * @return {@code this}
         * @param terraformKey Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#terraform_key InstaclustrProvider#terraform_key}. This parameter is required.
         */
        public Builder terraformKey(final java.lang.String terraformKey) {
            this.config.terraformKey(terraformKey);
            return this;
        }

        /**
         * Alias name.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#alias InstaclustrProvider#alias}
         * <p>
         * @return {@code this}
         * @param alias Alias name. This parameter is required.
         */
        public Builder alias(final java.lang.String alias) {
            this.config.alias(alias);
            return this;
        }

        /**
         * endpoints block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#endpoints InstaclustrProvider#endpoints}
         * <p>
         * @return {@code this}
         * @param endpoints endpoints block. This parameter is required.
         */
        public Builder endpoints(final com.hashicorp.cdktf.IResolvable endpoints) {
            this.config.endpoints(endpoints);
            return this;
        }
        /**
         * endpoints block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs#endpoints InstaclustrProvider#endpoints}
         * <p>
         * @return {@code this}
         * @param endpoints endpoints block. This parameter is required.
         */
        public Builder endpoints(final java.util.List<? extends imports.instaclustr.provider.InstaclustrProviderEndpoints> endpoints) {
            this.config.endpoints(endpoints);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.instaclustr.provider.InstaclustrProvider}.
         */
        @Override
        public imports.instaclustr.provider.InstaclustrProvider build() {
            return new imports.instaclustr.provider.InstaclustrProvider(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
