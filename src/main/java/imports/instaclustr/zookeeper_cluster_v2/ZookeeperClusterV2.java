package imports.instaclustr.zookeeper_cluster_v2;

/**
 * Represents a {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2 instaclustr_zookeeper_cluster_v2}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.473Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.zookeeperClusterV2.ZookeeperClusterV2")
public class ZookeeperClusterV2 extends com.hashicorp.cdktf.TerraformResource {

    protected ZookeeperClusterV2(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ZookeeperClusterV2(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2 instaclustr_zookeeper_cluster_v2} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public ZookeeperClusterV2(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Config config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a ZookeeperClusterV2 resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the ZookeeperClusterV2 to import. This parameter is required.
     * @param importFromId The id of the existing ZookeeperClusterV2 that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the ZookeeperClusterV2 to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a ZookeeperClusterV2 resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the ZookeeperClusterV2 to import. This parameter is required.
     * @param importFromId The id of the existing ZookeeperClusterV2 that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void putDataCentre(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre> __cast_cd4240 = (java.util.List<imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putDataCentre", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putTimeouts(final @org.jetbrains.annotations.NotNull imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts value) {
        software.amazon.jsii.Kernel.call(this, "putTimeouts", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putTwoFactorDelete(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDelete>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDelete> __cast_cd4240 = (java.util.List<imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDelete>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDelete __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putTwoFactorDelete", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void resetCurrentClusterOperationStatus() {
        software.amazon.jsii.Kernel.call(this, "resetCurrentClusterOperationStatus", software.amazon.jsii.NativeType.VOID);
    }

    public void resetDescription() {
        software.amazon.jsii.Kernel.call(this, "resetDescription", software.amazon.jsii.NativeType.VOID);
    }

    public void resetId() {
        software.amazon.jsii.Kernel.call(this, "resetId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetStatus() {
        software.amazon.jsii.Kernel.call(this, "resetStatus", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTimeouts() {
        software.amazon.jsii.Kernel.call(this, "resetTimeouts", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTwoFactorDelete() {
        software.amazon.jsii.Kernel.call(this, "resetTwoFactorDelete", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.NotNull imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentreList getDataCentre() {
        return software.amazon.jsii.Kernel.get(this, "dataCentre", software.amazon.jsii.NativeType.forClass(imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentreList.class));
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TimeoutsOutputReference getTimeouts() {
        return software.amazon.jsii.Kernel.get(this, "timeouts", software.amazon.jsii.NativeType.forClass(imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TimeoutsOutputReference.class));
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDeleteList getTwoFactorDelete() {
        return software.amazon.jsii.Kernel.get(this, "twoFactorDelete", software.amazon.jsii.NativeType.forClass(imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDeleteList.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCurrentClusterOperationStatusInput() {
        return software.amazon.jsii.Kernel.get(this, "currentClusterOperationStatusInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getDataCentreInput() {
        return software.amazon.jsii.Kernel.get(this, "dataCentreInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getDescriptionInput() {
        return software.amazon.jsii.Kernel.get(this, "descriptionInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getIdInput() {
        return software.amazon.jsii.Kernel.get(this, "idInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNameInput() {
        return software.amazon.jsii.Kernel.get(this, "nameInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getPrivateNetworkClusterInput() {
        return software.amazon.jsii.Kernel.get(this, "privateNetworkClusterInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getSlaTierInput() {
        return software.amazon.jsii.Kernel.get(this, "slaTierInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getStatusInput() {
        return software.amazon.jsii.Kernel.get(this, "statusInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or {@link imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getTimeoutsInput() {
        return software.amazon.jsii.Kernel.get(this, "timeoutsInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDelete}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getTwoFactorDeleteInput() {
        return software.amazon.jsii.Kernel.get(this, "twoFactorDeleteInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getZookeeperVersionInput() {
        return software.amazon.jsii.Kernel.get(this, "zookeeperVersionInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getCurrentClusterOperationStatus() {
        return software.amazon.jsii.Kernel.get(this, "currentClusterOperationStatus", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setCurrentClusterOperationStatus(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "currentClusterOperationStatus", java.util.Objects.requireNonNull(value, "currentClusterOperationStatus is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getDescription() {
        return software.amazon.jsii.Kernel.get(this, "description", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setDescription(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "description", java.util.Objects.requireNonNull(value, "description is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "id", java.util.Objects.requireNonNull(value, "id is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getName() {
        return software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setName(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "name", java.util.Objects.requireNonNull(value, "name is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getPrivateNetworkCluster() {
        return software.amazon.jsii.Kernel.get(this, "privateNetworkCluster", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setPrivateNetworkCluster(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "privateNetworkCluster", java.util.Objects.requireNonNull(value, "privateNetworkCluster is required"));
    }

    public void setPrivateNetworkCluster(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "privateNetworkCluster", java.util.Objects.requireNonNull(value, "privateNetworkCluster is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getSlaTier() {
        return software.amazon.jsii.Kernel.get(this, "slaTier", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setSlaTier(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "slaTier", java.util.Objects.requireNonNull(value, "slaTier is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getStatus() {
        return software.amazon.jsii.Kernel.get(this, "status", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setStatus(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "status", java.util.Objects.requireNonNull(value, "status is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getZookeeperVersion() {
        return software.amazon.jsii.Kernel.get(this, "zookeeperVersion", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setZookeeperVersion(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "zookeeperVersion", java.util.Objects.requireNonNull(value, "zookeeperVersion is required"));
    }

    /**
     * A fluent builder for {@link imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2> {
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
        private final imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Config.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Config.Builder();
        }

        /**
         * @return {@code this}
         * @param connection This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(final com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.config.connection(connection);
            return this;
        }
        /**
         * @return {@code this}
         * @param connection This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(final com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.config.connection(connection);
            return this;
        }

        /**
         * @return {@code this}
         * @param count This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(final java.lang.Number count) {
            this.config.count(count);
            return this;
        }
        /**
         * @return {@code this}
         * @param count This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(final com.hashicorp.cdktf.TerraformCount count) {
            this.config.count(count);
            return this;
        }

        /**
         * @return {@code this}
         * @param dependsOn This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder dependsOn(final java.util.List<? extends com.hashicorp.cdktf.ITerraformDependable> dependsOn) {
            this.config.dependsOn(dependsOn);
            return this;
        }

        /**
         * @return {@code this}
         * @param forEach This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(final com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.config.forEach(forEach);
            return this;
        }

        /**
         * @return {@code this}
         * @param lifecycle This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(final com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.config.lifecycle(lifecycle);
            return this;
        }

        /**
         * @return {@code this}
         * @param provider This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(final com.hashicorp.cdktf.TerraformProvider provider) {
            this.config.provider(provider);
            return this;
        }

        /**
         * @return {@code this}
         * @param provisioners This parameter is required.
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provisioners(final java.util.List<? extends java.lang.Object> provisioners) {
            this.config.provisioners(provisioners);
            return this;
        }

        /**
         * data_centre block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#data_centre ZookeeperClusterV2#data_centre}
         * <p>
         * @return {@code this}
         * @param dataCentre data_centre block. This parameter is required.
         */
        public Builder dataCentre(final com.hashicorp.cdktf.IResolvable dataCentre) {
            this.config.dataCentre(dataCentre);
            return this;
        }
        /**
         * data_centre block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#data_centre ZookeeperClusterV2#data_centre}
         * <p>
         * @return {@code this}
         * @param dataCentre data_centre block. This parameter is required.
         */
        public Builder dataCentre(final java.util.List<? extends imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre> dataCentre) {
            this.config.dataCentre(dataCentre);
            return this;
        }

        /**
         * Name of the cluster.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#name ZookeeperClusterV2#name}
         * <p>
         * @return {@code this}
         * @param name Name of the cluster. This parameter is required.
         */
        public Builder name(final java.lang.String name) {
            this.config.name(name);
            return this;
        }

        /**
         * Creates the cluster with private network only.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#private_network_cluster ZookeeperClusterV2#private_network_cluster}
         * <p>
         * @return {@code this}
         * @param privateNetworkCluster Creates the cluster with private network only. This parameter is required.
         */
        public Builder privateNetworkCluster(final java.lang.Boolean privateNetworkCluster) {
            this.config.privateNetworkCluster(privateNetworkCluster);
            return this;
        }
        /**
         * Creates the cluster with private network only.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#private_network_cluster ZookeeperClusterV2#private_network_cluster}
         * <p>
         * @return {@code this}
         * @param privateNetworkCluster Creates the cluster with private network only. This parameter is required.
         */
        public Builder privateNetworkCluster(final com.hashicorp.cdktf.IResolvable privateNetworkCluster) {
            this.config.privateNetworkCluster(privateNetworkCluster);
            return this;
        }

        /**
         * SLA Tier of the cluster.
         * <p>
         * Non-production clusters may receive lower priority support and reduced SLAs. Production tier is not available when using Developer class nodes.
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#sla_tier ZookeeperClusterV2#sla_tier}
         * <p>
         * @return {@code this}
         * @param slaTier SLA Tier of the cluster. This parameter is required.
         */
        public Builder slaTier(final java.lang.String slaTier) {
            this.config.slaTier(slaTier);
            return this;
        }

        /**
         * Version of Apache Zookeeper to run on the cluster.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#zookeeper_version ZookeeperClusterV2#zookeeper_version}
         * <p>
         * @return {@code this}
         * @param zookeeperVersion Version of Apache Zookeeper to run on the cluster. This parameter is required.
         */
        public Builder zookeeperVersion(final java.lang.String zookeeperVersion) {
            this.config.zookeeperVersion(zookeeperVersion);
            return this;
        }

        /**
         * Indicates if the cluster is currently performing any restructuring operation such as being created or resized.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#current_cluster_operation_status ZookeeperClusterV2#current_cluster_operation_status}
         * <p>
         * @return {@code this}
         * @param currentClusterOperationStatus Indicates if the cluster is currently performing any restructuring operation such as being created or resized. This parameter is required.
         */
        public Builder currentClusterOperationStatus(final java.lang.String currentClusterOperationStatus) {
            this.config.currentClusterOperationStatus(currentClusterOperationStatus);
            return this;
        }

        /**
         * A description of the cluster.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#description ZookeeperClusterV2#description}
         * <p>
         * @return {@code this}
         * @param description A description of the cluster. This parameter is required.
         */
        public Builder description(final java.lang.String description) {
            this.config.description(description);
            return this;
        }

        /**
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#id ZookeeperClusterV2#id}.
         * <p>
         * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * <p>
         * @return {@code this}
         * @param id Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#id ZookeeperClusterV2#id}. This parameter is required.
         */
        public Builder id(final java.lang.String id) {
            this.config.id(id);
            return this;
        }

        /**
         * Status of the cluster.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#status ZookeeperClusterV2#status}
         * <p>
         * @return {@code this}
         * @param status Status of the cluster. This parameter is required.
         */
        public Builder status(final java.lang.String status) {
            this.config.status(status);
            return this;
        }

        /**
         * timeouts block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#timeouts ZookeeperClusterV2#timeouts}
         * <p>
         * @return {@code this}
         * @param timeouts timeouts block. This parameter is required.
         */
        public Builder timeouts(final imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts timeouts) {
            this.config.timeouts(timeouts);
            return this;
        }

        /**
         * two_factor_delete block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#two_factor_delete ZookeeperClusterV2#two_factor_delete}
         * <p>
         * @return {@code this}
         * @param twoFactorDelete two_factor_delete block. This parameter is required.
         */
        public Builder twoFactorDelete(final com.hashicorp.cdktf.IResolvable twoFactorDelete) {
            this.config.twoFactorDelete(twoFactorDelete);
            return this;
        }
        /**
         * two_factor_delete block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#two_factor_delete ZookeeperClusterV2#two_factor_delete}
         * <p>
         * @return {@code this}
         * @param twoFactorDelete two_factor_delete block. This parameter is required.
         */
        public Builder twoFactorDelete(final java.util.List<? extends imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDelete> twoFactorDelete) {
            this.config.twoFactorDelete(twoFactorDelete);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2}.
         */
        @Override
        public imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2 build() {
            return new imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
