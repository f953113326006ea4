package imports.instaclustr.zookeeper_cluster_v2;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.513Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.zookeeperClusterV2.ZookeeperClusterV2Config")
@software.amazon.jsii.Jsii.Proxy(ZookeeperClusterV2Config.Jsii$Proxy.class)
public interface ZookeeperClusterV2Config extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * data_centre block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#data_centre ZookeeperClusterV2#data_centre}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre}>
     */
    @org.jetbrains.annotations.NotNull java.lang.Object getDataCentre();

    /**
     * Name of the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#name ZookeeperClusterV2#name}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Creates the cluster with private network only.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#private_network_cluster ZookeeperClusterV2#private_network_cluster}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    @org.jetbrains.annotations.NotNull java.lang.Object getPrivateNetworkCluster();

    /**
     * SLA Tier of the cluster.
     * <p>
     * Non-production clusters may receive lower priority support and reduced SLAs. Production tier is not available when using Developer class nodes.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#sla_tier ZookeeperClusterV2#sla_tier}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getSlaTier();

    /**
     * Version of Apache Zookeeper to run on the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#zookeeper_version ZookeeperClusterV2#zookeeper_version}
     */
    @org.jetbrains.annotations.NotNull java.lang.String getZookeeperVersion();

    /**
     * Indicates if the cluster is currently performing any restructuring operation such as being created or resized.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#current_cluster_operation_status ZookeeperClusterV2#current_cluster_operation_status}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCurrentClusterOperationStatus() {
        return null;
    }

    /**
     * A description of the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#description ZookeeperClusterV2#description}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDescription() {
        return null;
    }

    /**
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#id ZookeeperClusterV2#id}.
     * <p>
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * Status of the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#status ZookeeperClusterV2#status}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStatus() {
        return null;
    }

    /**
     * timeouts block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#timeouts ZookeeperClusterV2#timeouts}
     */
    default @org.jetbrains.annotations.Nullable imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts getTimeouts() {
        return null;
    }

    /**
     * two_factor_delete block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#two_factor_delete ZookeeperClusterV2#two_factor_delete}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDelete}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getTwoFactorDelete() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ZookeeperClusterV2Config}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ZookeeperClusterV2Config}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ZookeeperClusterV2Config> {
        java.lang.Object dataCentre;
        java.lang.String name;
        java.lang.Object privateNetworkCluster;
        java.lang.String slaTier;
        java.lang.String zookeeperVersion;
        java.lang.String currentClusterOperationStatus;
        java.lang.String description;
        java.lang.String id;
        java.lang.String status;
        imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts timeouts;
        java.lang.Object twoFactorDelete;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getDataCentre}
         * @param dataCentre data_centre block. This parameter is required.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#data_centre ZookeeperClusterV2#data_centre}
         * @return {@code this}
         */
        public Builder dataCentre(com.hashicorp.cdktf.IResolvable dataCentre) {
            this.dataCentre = dataCentre;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getDataCentre}
         * @param dataCentre data_centre block. This parameter is required.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#data_centre ZookeeperClusterV2#data_centre}
         * @return {@code this}
         */
        public Builder dataCentre(java.util.List<? extends imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2DataCentre> dataCentre) {
            this.dataCentre = dataCentre;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getName}
         * @param name Name of the cluster. This parameter is required.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#name ZookeeperClusterV2#name}
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getPrivateNetworkCluster}
         * @param privateNetworkCluster Creates the cluster with private network only. This parameter is required.
         *                              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#private_network_cluster ZookeeperClusterV2#private_network_cluster}
         * @return {@code this}
         */
        public Builder privateNetworkCluster(java.lang.Boolean privateNetworkCluster) {
            this.privateNetworkCluster = privateNetworkCluster;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getPrivateNetworkCluster}
         * @param privateNetworkCluster Creates the cluster with private network only. This parameter is required.
         *                              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#private_network_cluster ZookeeperClusterV2#private_network_cluster}
         * @return {@code this}
         */
        public Builder privateNetworkCluster(com.hashicorp.cdktf.IResolvable privateNetworkCluster) {
            this.privateNetworkCluster = privateNetworkCluster;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getSlaTier}
         * @param slaTier SLA Tier of the cluster. This parameter is required.
         *                Non-production clusters may receive lower priority support and reduced SLAs. Production tier is not available when using Developer class nodes.
         *                
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#sla_tier ZookeeperClusterV2#sla_tier}
         * @return {@code this}
         */
        public Builder slaTier(java.lang.String slaTier) {
            this.slaTier = slaTier;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getZookeeperVersion}
         * @param zookeeperVersion Version of Apache Zookeeper to run on the cluster. This parameter is required.
         *                         Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#zookeeper_version ZookeeperClusterV2#zookeeper_version}
         * @return {@code this}
         */
        public Builder zookeeperVersion(java.lang.String zookeeperVersion) {
            this.zookeeperVersion = zookeeperVersion;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getCurrentClusterOperationStatus}
         * @param currentClusterOperationStatus Indicates if the cluster is currently performing any restructuring operation such as being created or resized.
         *                                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#current_cluster_operation_status ZookeeperClusterV2#current_cluster_operation_status}
         * @return {@code this}
         */
        public Builder currentClusterOperationStatus(java.lang.String currentClusterOperationStatus) {
            this.currentClusterOperationStatus = currentClusterOperationStatus;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getDescription}
         * @param description A description of the cluster.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#description ZookeeperClusterV2#description}
         * @return {@code this}
         */
        public Builder description(java.lang.String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getId}
         * @param id Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#id ZookeeperClusterV2#id}.
         *           Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         *           If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * @return {@code this}
         */
        public Builder id(java.lang.String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getStatus}
         * @param status Status of the cluster.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#status ZookeeperClusterV2#status}
         * @return {@code this}
         */
        public Builder status(java.lang.String status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getTimeouts}
         * @param timeouts timeouts block.
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#timeouts ZookeeperClusterV2#timeouts}
         * @return {@code this}
         */
        public Builder timeouts(imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts timeouts) {
            this.timeouts = timeouts;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getTwoFactorDelete}
         * @param twoFactorDelete two_factor_delete block.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#two_factor_delete ZookeeperClusterV2#two_factor_delete}
         * @return {@code this}
         */
        public Builder twoFactorDelete(com.hashicorp.cdktf.IResolvable twoFactorDelete) {
            this.twoFactorDelete = twoFactorDelete;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getTwoFactorDelete}
         * @param twoFactorDelete two_factor_delete block.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/zookeeper_cluster_v2#two_factor_delete ZookeeperClusterV2#two_factor_delete}
         * @return {@code this}
         */
        public Builder twoFactorDelete(java.util.List<? extends imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2TwoFactorDelete> twoFactorDelete) {
            this.twoFactorDelete = twoFactorDelete;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getDependsOn}
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
         * Sets the value of {@link ZookeeperClusterV2Config#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link ZookeeperClusterV2Config#getProvisioners}
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
         * @return a new instance of {@link ZookeeperClusterV2Config}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ZookeeperClusterV2Config build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ZookeeperClusterV2Config}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ZookeeperClusterV2Config {
        private final java.lang.Object dataCentre;
        private final java.lang.String name;
        private final java.lang.Object privateNetworkCluster;
        private final java.lang.String slaTier;
        private final java.lang.String zookeeperVersion;
        private final java.lang.String currentClusterOperationStatus;
        private final java.lang.String description;
        private final java.lang.String id;
        private final java.lang.String status;
        private final imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts timeouts;
        private final java.lang.Object twoFactorDelete;
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
            this.dataCentre = software.amazon.jsii.Kernel.get(this, "dataCentre", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.privateNetworkCluster = software.amazon.jsii.Kernel.get(this, "privateNetworkCluster", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.slaTier = software.amazon.jsii.Kernel.get(this, "slaTier", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.zookeeperVersion = software.amazon.jsii.Kernel.get(this, "zookeeperVersion", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.currentClusterOperationStatus = software.amazon.jsii.Kernel.get(this, "currentClusterOperationStatus", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.description = software.amazon.jsii.Kernel.get(this, "description", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.status = software.amazon.jsii.Kernel.get(this, "status", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.timeouts = software.amazon.jsii.Kernel.get(this, "timeouts", software.amazon.jsii.NativeType.forClass(imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts.class));
            this.twoFactorDelete = software.amazon.jsii.Kernel.get(this, "twoFactorDelete", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
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
            this.dataCentre = java.util.Objects.requireNonNull(builder.dataCentre, "dataCentre is required");
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.privateNetworkCluster = java.util.Objects.requireNonNull(builder.privateNetworkCluster, "privateNetworkCluster is required");
            this.slaTier = java.util.Objects.requireNonNull(builder.slaTier, "slaTier is required");
            this.zookeeperVersion = java.util.Objects.requireNonNull(builder.zookeeperVersion, "zookeeperVersion is required");
            this.currentClusterOperationStatus = builder.currentClusterOperationStatus;
            this.description = builder.description;
            this.id = builder.id;
            this.status = builder.status;
            this.timeouts = builder.timeouts;
            this.twoFactorDelete = builder.twoFactorDelete;
            this.connection = builder.connection;
            this.count = builder.count;
            this.dependsOn = (java.util.List<com.hashicorp.cdktf.ITerraformDependable>)builder.dependsOn;
            this.forEach = builder.forEach;
            this.lifecycle = builder.lifecycle;
            this.provider = builder.provider;
            this.provisioners = (java.util.List<java.lang.Object>)builder.provisioners;
        }

        @Override
        public final java.lang.Object getDataCentre() {
            return this.dataCentre;
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
        public final java.lang.String getZookeeperVersion() {
            return this.zookeeperVersion;
        }

        @Override
        public final java.lang.String getCurrentClusterOperationStatus() {
            return this.currentClusterOperationStatus;
        }

        @Override
        public final java.lang.String getDescription() {
            return this.description;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.String getStatus() {
            return this.status;
        }

        @Override
        public final imports.instaclustr.zookeeper_cluster_v2.ZookeeperClusterV2Timeouts getTimeouts() {
            return this.timeouts;
        }

        @Override
        public final java.lang.Object getTwoFactorDelete() {
            return this.twoFactorDelete;
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

            data.set("dataCentre", om.valueToTree(this.getDataCentre()));
            data.set("name", om.valueToTree(this.getName()));
            data.set("privateNetworkCluster", om.valueToTree(this.getPrivateNetworkCluster()));
            data.set("slaTier", om.valueToTree(this.getSlaTier()));
            data.set("zookeeperVersion", om.valueToTree(this.getZookeeperVersion()));
            if (this.getCurrentClusterOperationStatus() != null) {
                data.set("currentClusterOperationStatus", om.valueToTree(this.getCurrentClusterOperationStatus()));
            }
            if (this.getDescription() != null) {
                data.set("description", om.valueToTree(this.getDescription()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getStatus() != null) {
                data.set("status", om.valueToTree(this.getStatus()));
            }
            if (this.getTimeouts() != null) {
                data.set("timeouts", om.valueToTree(this.getTimeouts()));
            }
            if (this.getTwoFactorDelete() != null) {
                data.set("twoFactorDelete", om.valueToTree(this.getTwoFactorDelete()));
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
            struct.set("fqn", om.valueToTree("instaclustr.zookeeperClusterV2.ZookeeperClusterV2Config"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ZookeeperClusterV2Config.Jsii$Proxy that = (ZookeeperClusterV2Config.Jsii$Proxy) o;

            if (!dataCentre.equals(that.dataCentre)) return false;
            if (!name.equals(that.name)) return false;
            if (!privateNetworkCluster.equals(that.privateNetworkCluster)) return false;
            if (!slaTier.equals(that.slaTier)) return false;
            if (!zookeeperVersion.equals(that.zookeeperVersion)) return false;
            if (this.currentClusterOperationStatus != null ? !this.currentClusterOperationStatus.equals(that.currentClusterOperationStatus) : that.currentClusterOperationStatus != null) return false;
            if (this.description != null ? !this.description.equals(that.description) : that.description != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.status != null ? !this.status.equals(that.status) : that.status != null) return false;
            if (this.timeouts != null ? !this.timeouts.equals(that.timeouts) : that.timeouts != null) return false;
            if (this.twoFactorDelete != null ? !this.twoFactorDelete.equals(that.twoFactorDelete) : that.twoFactorDelete != null) return false;
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
            int result = this.dataCentre.hashCode();
            result = 31 * result + (this.name.hashCode());
            result = 31 * result + (this.privateNetworkCluster.hashCode());
            result = 31 * result + (this.slaTier.hashCode());
            result = 31 * result + (this.zookeeperVersion.hashCode());
            result = 31 * result + (this.currentClusterOperationStatus != null ? this.currentClusterOperationStatus.hashCode() : 0);
            result = 31 * result + (this.description != null ? this.description.hashCode() : 0);
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.status != null ? this.status.hashCode() : 0);
            result = 31 * result + (this.timeouts != null ? this.timeouts.hashCode() : 0);
            result = 31 * result + (this.twoFactorDelete != null ? this.twoFactorDelete.hashCode() : 0);
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
