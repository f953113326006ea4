package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.029Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceConfig")
@software.amazon.jsii.Jsii.Proxy(DataInstaclustrZookeeperClusterV2InstanceConfig.Jsii$Proxy.class)
public interface DataInstaclustrZookeeperClusterV2InstanceConfig extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#id DataInstaclustrZookeeperClusterV2Instance#id}.
     * <p>
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getId();

    /**
     * Indicates if the cluster is currently performing any restructuring operation such as being created or resized.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#current_cluster_operation_status DataInstaclustrZookeeperClusterV2Instance#current_cluster_operation_status}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCurrentClusterOperationStatus() {
        return null;
    }

    /**
     * data_centre block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#data_centre DataInstaclustrZookeeperClusterV2Instance#data_centre}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentre}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getDataCentre() {
        return null;
    }

    /**
     * A description of the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#description DataInstaclustrZookeeperClusterV2Instance#description}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDescription() {
        return null;
    }

    /**
     * Name of the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#name DataInstaclustrZookeeperClusterV2Instance#name}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getName() {
        return null;
    }

    /**
     * Creates the cluster with private network only.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#private_network_cluster DataInstaclustrZookeeperClusterV2Instance#private_network_cluster}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getPrivateNetworkCluster() {
        return null;
    }

    /**
     * SLA Tier of the cluster.
     * <p>
     * Non-production clusters may receive lower priority support and reduced SLAs. Production tier is not available when using Developer class nodes.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#sla_tier DataInstaclustrZookeeperClusterV2Instance#sla_tier}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSlaTier() {
        return null;
    }

    /**
     * Status of the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#status DataInstaclustrZookeeperClusterV2Instance#status}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStatus() {
        return null;
    }

    /**
     * two_factor_delete block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#two_factor_delete DataInstaclustrZookeeperClusterV2Instance#two_factor_delete}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getTwoFactorDelete() {
        return null;
    }

    /**
     * Version of Apache Zookeeper to run on the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#zookeeper_version DataInstaclustrZookeeperClusterV2Instance#zookeeper_version}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getZookeeperVersion() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DataInstaclustrZookeeperClusterV2InstanceConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DataInstaclustrZookeeperClusterV2InstanceConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DataInstaclustrZookeeperClusterV2InstanceConfig> {
        java.lang.String id;
        java.lang.String currentClusterOperationStatus;
        java.lang.Object dataCentre;
        java.lang.String description;
        java.lang.String name;
        java.lang.Object privateNetworkCluster;
        java.lang.String slaTier;
        java.lang.String status;
        java.lang.Object twoFactorDelete;
        java.lang.String zookeeperVersion;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getId}
         * @param id Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#id DataInstaclustrZookeeperClusterV2Instance#id}. This parameter is required.
         *           Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         *           If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * @return {@code this}
         */
        public Builder id(java.lang.String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getCurrentClusterOperationStatus}
         * @param currentClusterOperationStatus Indicates if the cluster is currently performing any restructuring operation such as being created or resized.
         *                                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#current_cluster_operation_status DataInstaclustrZookeeperClusterV2Instance#current_cluster_operation_status}
         * @return {@code this}
         */
        public Builder currentClusterOperationStatus(java.lang.String currentClusterOperationStatus) {
            this.currentClusterOperationStatus = currentClusterOperationStatus;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getDataCentre}
         * @param dataCentre data_centre block.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#data_centre DataInstaclustrZookeeperClusterV2Instance#data_centre}
         * @return {@code this}
         */
        public Builder dataCentre(com.hashicorp.cdktf.IResolvable dataCentre) {
            this.dataCentre = dataCentre;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getDataCentre}
         * @param dataCentre data_centre block.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#data_centre DataInstaclustrZookeeperClusterV2Instance#data_centre}
         * @return {@code this}
         */
        public Builder dataCentre(java.util.List<? extends imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentre> dataCentre) {
            this.dataCentre = dataCentre;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getDescription}
         * @param description A description of the cluster.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#description DataInstaclustrZookeeperClusterV2Instance#description}
         * @return {@code this}
         */
        public Builder description(java.lang.String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getName}
         * @param name Name of the cluster.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#name DataInstaclustrZookeeperClusterV2Instance#name}
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getPrivateNetworkCluster}
         * @param privateNetworkCluster Creates the cluster with private network only.
         *                              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#private_network_cluster DataInstaclustrZookeeperClusterV2Instance#private_network_cluster}
         * @return {@code this}
         */
        public Builder privateNetworkCluster(java.lang.Boolean privateNetworkCluster) {
            this.privateNetworkCluster = privateNetworkCluster;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getPrivateNetworkCluster}
         * @param privateNetworkCluster Creates the cluster with private network only.
         *                              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#private_network_cluster DataInstaclustrZookeeperClusterV2Instance#private_network_cluster}
         * @return {@code this}
         */
        public Builder privateNetworkCluster(com.hashicorp.cdktf.IResolvable privateNetworkCluster) {
            this.privateNetworkCluster = privateNetworkCluster;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getSlaTier}
         * @param slaTier SLA Tier of the cluster.
         *                Non-production clusters may receive lower priority support and reduced SLAs. Production tier is not available when using Developer class nodes.
         *                
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#sla_tier DataInstaclustrZookeeperClusterV2Instance#sla_tier}
         * @return {@code this}
         */
        public Builder slaTier(java.lang.String slaTier) {
            this.slaTier = slaTier;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getStatus}
         * @param status Status of the cluster.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#status DataInstaclustrZookeeperClusterV2Instance#status}
         * @return {@code this}
         */
        public Builder status(java.lang.String status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getTwoFactorDelete}
         * @param twoFactorDelete two_factor_delete block.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#two_factor_delete DataInstaclustrZookeeperClusterV2Instance#two_factor_delete}
         * @return {@code this}
         */
        public Builder twoFactorDelete(com.hashicorp.cdktf.IResolvable twoFactorDelete) {
            this.twoFactorDelete = twoFactorDelete;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getTwoFactorDelete}
         * @param twoFactorDelete two_factor_delete block.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#two_factor_delete DataInstaclustrZookeeperClusterV2Instance#two_factor_delete}
         * @return {@code this}
         */
        public Builder twoFactorDelete(java.util.List<? extends imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete> twoFactorDelete) {
            this.twoFactorDelete = twoFactorDelete;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getZookeeperVersion}
         * @param zookeeperVersion Version of Apache Zookeeper to run on the cluster.
         *                         Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#zookeeper_version DataInstaclustrZookeeperClusterV2Instance#zookeeper_version}
         * @return {@code this}
         */
        public Builder zookeeperVersion(java.lang.String zookeeperVersion) {
            this.zookeeperVersion = zookeeperVersion;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getDependsOn}
         * @param dependsOn the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @SuppressWarnings("unchecked")
        public Builder dependsOn(java.util.List<? extends com.hashicorp.cdktf.ITerraformDependable> dependsOn) {
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)dependsOn;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceConfig#getProvisioners}
         * @param provisioners the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        @SuppressWarnings("unchecked")
        public Builder provisioners(java.util.List<? extends java.lang.Object> provisioners) {
            this.provisioners = (java.util.List<java.lang.Object>)provisioners;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link DataInstaclustrZookeeperClusterV2InstanceConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DataInstaclustrZookeeperClusterV2InstanceConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DataInstaclustrZookeeperClusterV2InstanceConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DataInstaclustrZookeeperClusterV2InstanceConfig {
        private final java.lang.String id;
        private final java.lang.String currentClusterOperationStatus;
        private final java.lang.Object dataCentre;
        private final java.lang.String description;
        private final java.lang.String name;
        private final java.lang.Object privateNetworkCluster;
        private final java.lang.String slaTier;
        private final java.lang.String status;
        private final java.lang.Object twoFactorDelete;
        private final java.lang.String zookeeperVersion;
        private final java.lang.Object connection;
        private final java.lang.Object count;
        private final java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        private final com.hashicorp.cdktf.ITerraformIterator forEach;
        private final com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        private final com.hashicorp.cdktf.TerraformProvider provider;
        private final java.util.List<java.lang.Object> provisioners;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.currentClusterOperationStatus = software.amazon.jsii.Kernel.get(this, "currentClusterOperationStatus", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.dataCentre = software.amazon.jsii.Kernel.get(this, "dataCentre", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.description = software.amazon.jsii.Kernel.get(this, "description", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.privateNetworkCluster = software.amazon.jsii.Kernel.get(this, "privateNetworkCluster", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.slaTier = software.amazon.jsii.Kernel.get(this, "slaTier", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.status = software.amazon.jsii.Kernel.get(this, "status", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.twoFactorDelete = software.amazon.jsii.Kernel.get(this, "twoFactorDelete", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.zookeeperVersion = software.amazon.jsii.Kernel.get(this, "zookeeperVersion", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.connection = software.amazon.jsii.Kernel.get(this, "connection", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.count = software.amazon.jsii.Kernel.get(this, "count", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.dependsOn = software.amazon.jsii.Kernel.get(this, "dependsOn", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ITerraformDependable.class)));
            this.forEach = software.amazon.jsii.Kernel.get(this, "forEach", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ITerraformIterator.class));
            this.lifecycle = software.amazon.jsii.Kernel.get(this, "lifecycle", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.TerraformResourceLifecycle.class));
            this.provider = software.amazon.jsii.Kernel.get(this, "provider", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.TerraformProvider.class));
            this.provisioners = software.amazon.jsii.Kernel.get(this, "provisioners", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.id = java.util.Objects.requireNonNull(builder.id, "id is required");
            this.currentClusterOperationStatus = builder.currentClusterOperationStatus;
            this.dataCentre = builder.dataCentre;
            this.description = builder.description;
            this.name = builder.name;
            this.privateNetworkCluster = builder.privateNetworkCluster;
            this.slaTier = builder.slaTier;
            this.status = builder.status;
            this.twoFactorDelete = builder.twoFactorDelete;
            this.zookeeperVersion = builder.zookeeperVersion;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.String getCurrentClusterOperationStatus() {
            return this.currentClusterOperationStatus;
        }

        @Override
        public final java.lang.Object getDataCentre() {
            return this.dataCentre;
        }

        @Override
        public final java.lang.String getDescription() {
            return this.description;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.Object getPrivateNetworkCluster() {
            return this.privateNetworkCluster;
        }

        @Override
        public final java.lang.String getSlaTier() {
            return this.slaTier;
        }

        @Override
        public final java.lang.String getStatus() {
            return this.status;
        }

        @Override
        public final java.lang.Object getTwoFactorDelete() {
            return this.twoFactorDelete;
        }

        @Override
        public final java.lang.String getZookeeperVersion() {
            return this.zookeeperVersion;
        }

        @Override
        public final java.lang.Object getConnection() {
            return this.connection;
        }

        @Override
        public final java.lang.Object getCount() {
            return this.count;
        }

        @Override
        public final java.util.List<com.hashicorp.cdktf.ITerraformDependable> getDependsOn() {
            return this.dependsOn;
        }

        @Override
        public final com.hashicorp.cdktf.ITerraformIterator getForEach() {
            return this.forEach;
        }

        @Override
        public final com.hashicorp.cdktf.TerraformResourceLifecycle getLifecycle() {
            return this.lifecycle;
        }

        @Override
        public final com.hashicorp.cdktf.TerraformProvider getProvider() {
            return this.provider;
        }

        @Override
        public final java.util.List<java.lang.Object> getProvisioners() {
            return this.provisioners;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("id", om.valueToTree(this.getId()));
            if (this.getCurrentClusterOperationStatus() != null) {
                data.set("currentClusterOperationStatus", om.valueToTree(this.getCurrentClusterOperationStatus()));
            }
            if (this.getDataCentre() != null) {
                data.set("dataCentre", om.valueToTree(this.getDataCentre()));
            }
            if (this.getDescription() != null) {
                data.set("description", om.valueToTree(this.getDescription()));
            }
            if (this.getName() != null) {
                data.set("name", om.valueToTree(this.getName()));
            }
            if (this.getPrivateNetworkCluster() != null) {
                data.set("privateNetworkCluster", om.valueToTree(this.getPrivateNetworkCluster()));
            }
            if (this.getSlaTier() != null) {
                data.set("slaTier", om.valueToTree(this.getSlaTier()));
            }
            if (this.getStatus() != null) {
                data.set("status", om.valueToTree(this.getStatus()));
            }
            if (this.getTwoFactorDelete() != null) {
                data.set("twoFactorDelete", om.valueToTree(this.getTwoFactorDelete()));
            }
            if (this.getZookeeperVersion() != null) {
                data.set("zookeeperVersion", om.valueToTree(this.getZookeeperVersion()));
            }
            if (this.getConnection() != null) {
                data.set("connection", om.valueToTree(this.getConnection()));
            }
            if (this.getCount() != null) {
                data.set("count", om.valueToTree(this.getCount()));
            }
            if (this.getDependsOn() != null) {
                data.set("dependsOn", om.valueToTree(this.getDependsOn()));
            }
            if (this.getForEach() != null) {
                data.set("forEach", om.valueToTree(this.getForEach()));
            }
            if (this.getLifecycle() != null) {
                data.set("lifecycle", om.valueToTree(this.getLifecycle()));
            }
            if (this.getProvider() != null) {
                data.set("provider", om.valueToTree(this.getProvider()));
            }
            if (this.getProvisioners() != null) {
                data.set("provisioners", om.valueToTree(this.getProvisioners()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DataInstaclustrZookeeperClusterV2InstanceConfig.Jsii$Proxy that = (DataInstaclustrZookeeperClusterV2InstanceConfig.Jsii$Proxy) o;

            if (!id.equals(that.id)) return false;
            if (this.currentClusterOperationStatus != null ? !this.currentClusterOperationStatus.equals(that.currentClusterOperationStatus) : that.currentClusterOperationStatus != null) return false;
            if (this.dataCentre != null ? !this.dataCentre.equals(that.dataCentre) : that.dataCentre != null) return false;
            if (this.description != null ? !this.description.equals(that.description) : that.description != null) return false;
            if (this.name != null ? !this.name.equals(that.name) : that.name != null) return false;
            if (this.privateNetworkCluster != null ? !this.privateNetworkCluster.equals(that.privateNetworkCluster) : that.privateNetworkCluster != null) return false;
            if (this.slaTier != null ? !this.slaTier.equals(that.slaTier) : that.slaTier != null) return false;
            if (this.status != null ? !this.status.equals(that.status) : that.status != null) return false;
            if (this.twoFactorDelete != null ? !this.twoFactorDelete.equals(that.twoFactorDelete) : that.twoFactorDelete != null) return false;
            if (this.zookeeperVersion != null ? !this.zookeeperVersion.equals(that.zookeeperVersion) : that.zookeeperVersion != null) return false;
            if (this.connection != null ? !this.connection.equals(that.connection) : that.connection != null) return false;
            if (this.count != null ? !this.count.equals(that.count) : that.count != null) return false;
            if (this.dependsOn != null ? !this.dependsOn.equals(that.dependsOn) : that.dependsOn != null) return false;
            if (this.forEach != null ? !this.forEach.equals(that.forEach) : that.forEach != null) return false;
            if (this.lifecycle != null ? !this.lifecycle.equals(that.lifecycle) : that.lifecycle != null) return false;
            if (this.provider != null ? !this.provider.equals(that.provider) : that.provider != null) return false;
            return this.provisioners != null ? this.provisioners.equals(that.provisioners) : that.provisioners == null;
        }

        @Override
        public final int hashCode() {
            int result = this.id.hashCode();
            result = 31 * result + (this.currentClusterOperationStatus != null ? this.currentClusterOperationStatus.hashCode() : 0);
            result = 31 * result + (this.dataCentre != null ? this.dataCentre.hashCode() : 0);
            result = 31 * result + (this.description != null ? this.description.hashCode() : 0);
            result = 31 * result + (this.name != null ? this.name.hashCode() : 0);
            result = 31 * result + (this.privateNetworkCluster != null ? this.privateNetworkCluster.hashCode() : 0);
            result = 31 * result + (this.slaTier != null ? this.slaTier.hashCode() : 0);
            result = 31 * result + (this.status != null ? this.status.hashCode() : 0);
            result = 31 * result + (this.twoFactorDelete != null ? this.twoFactorDelete.hashCode() : 0);
            result = 31 * result + (this.zookeeperVersion != null ? this.zookeeperVersion.hashCode() : 0);
            result = 31 * result + (this.connection != null ? this.connection.hashCode() : 0);
            result = 31 * result + (this.count != null ? this.count.hashCode() : 0);
            result = 31 * result + (this.dependsOn != null ? this.dependsOn.hashCode() : 0);
            result = 31 * result + (this.forEach != null ? this.forEach.hashCode() : 0);
            result = 31 * result + (this.lifecycle != null ? this.lifecycle.hashCode() : 0);
            result = 31 * result + (this.provider != null ? this.provider.hashCode() : 0);
            result = 31 * result + (this.provisioners != null ? this.provisioners.hashCode() : 0);
            return result;
        }
    }
}
