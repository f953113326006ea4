package imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance;

/**
 * Represents a {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance instaclustr_aws_vpc_peer_v2_instance}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:06.851Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrAwsVpcPeerV2Instance.DataInstaclustrAwsVpcPeerV2Instance")
public class DataInstaclustrAwsVpcPeerV2Instance extends com.hashicorp.cdktf.TerraformDataSource {

    protected DataInstaclustrAwsVpcPeerV2Instance(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected DataInstaclustrAwsVpcPeerV2Instance(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2Instance.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance instaclustr_aws_vpc_peer_v2_instance} Data Source.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public DataInstaclustrAwsVpcPeerV2Instance(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2InstanceConfig config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a DataInstaclustrAwsVpcPeerV2Instance resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the DataInstaclustrAwsVpcPeerV2Instance to import. This parameter is required.
     * @param importFromId The id of the existing DataInstaclustrAwsVpcPeerV2Instance that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the DataInstaclustrAwsVpcPeerV2Instance to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2Instance.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a DataInstaclustrAwsVpcPeerV2Instance resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the DataInstaclustrAwsVpcPeerV2Instance to import. This parameter is required.
     * @param importFromId The id of the existing DataInstaclustrAwsVpcPeerV2Instance that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2Instance.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void resetCdcId() {
        software.amazon.jsii.Kernel.call(this, "resetCdcId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetDataCentreVpcId() {
        software.amazon.jsii.Kernel.call(this, "resetDataCentreVpcId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetPeerAwsAccountId() {
        software.amazon.jsii.Kernel.call(this, "resetPeerAwsAccountId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetPeerRegion() {
        software.amazon.jsii.Kernel.call(this, "resetPeerRegion", software.amazon.jsii.NativeType.VOID);
    }

    public void resetPeerSubnets() {
        software.amazon.jsii.Kernel.call(this, "resetPeerSubnets", software.amazon.jsii.NativeType.VOID);
    }

    public void resetPeerVpcId() {
        software.amazon.jsii.Kernel.call(this, "resetPeerVpcId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetStatusCode() {
        software.amazon.jsii.Kernel.call(this, "resetStatusCode", software.amazon.jsii.NativeType.VOID);
    }

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.Nullable java.lang.String getCdcIdInput() {
        return software.amazon.jsii.Kernel.get(this, "cdcIdInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getDataCentreVpcIdInput() {
        return software.amazon.jsii.Kernel.get(this, "dataCentreVpcIdInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getIdInput() {
        return software.amazon.jsii.Kernel.get(this, "idInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getPeerAwsAccountIdInput() {
        return software.amazon.jsii.Kernel.get(this, "peerAwsAccountIdInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getPeerRegionInput() {
        return software.amazon.jsii.Kernel.get(this, "peerRegionInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPeerSubnetsInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "peerSubnetsInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getPeerVpcIdInput() {
        return software.amazon.jsii.Kernel.get(this, "peerVpcIdInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getStatusCodeInput() {
        return software.amazon.jsii.Kernel.get(this, "statusCodeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getCdcId() {
        return software.amazon.jsii.Kernel.get(this, "cdcId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setCdcId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "cdcId", java.util.Objects.requireNonNull(value, "cdcId is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getDataCentreVpcId() {
        return software.amazon.jsii.Kernel.get(this, "dataCentreVpcId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setDataCentreVpcId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "dataCentreVpcId", java.util.Objects.requireNonNull(value, "dataCentreVpcId is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "id", java.util.Objects.requireNonNull(value, "id is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getPeerAwsAccountId() {
        return software.amazon.jsii.Kernel.get(this, "peerAwsAccountId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setPeerAwsAccountId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "peerAwsAccountId", java.util.Objects.requireNonNull(value, "peerAwsAccountId is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getPeerRegion() {
        return software.amazon.jsii.Kernel.get(this, "peerRegion", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setPeerRegion(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "peerRegion", java.util.Objects.requireNonNull(value, "peerRegion is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getPeerSubnets() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "peerSubnets", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setPeerSubnets(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "peerSubnets", java.util.Objects.requireNonNull(value, "peerSubnets is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getPeerVpcId() {
        return software.amazon.jsii.Kernel.get(this, "peerVpcId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setPeerVpcId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "peerVpcId", java.util.Objects.requireNonNull(value, "peerVpcId is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getStatusCode() {
        return software.amazon.jsii.Kernel.get(this, "statusCode", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setStatusCode(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "statusCode", java.util.Objects.requireNonNull(value, "statusCode is required"));
    }

    /**
     * A fluent builder for {@link imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2Instance}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2Instance> {
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
        private final imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2InstanceConfig.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2InstanceConfig.Builder();
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
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#id DataInstaclustrAwsVpcPeerV2Instance#id}.
         * <p>
         * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * <p>
         * @return {@code this}
         * @param id Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#id DataInstaclustrAwsVpcPeerV2Instance#id}. This parameter is required.
         */
        public Builder id(final java.lang.String id) {
            this.config.id(id);
            return this;
        }

        /**
         * ID of the Cluster Data Centre.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#cdc_id DataInstaclustrAwsVpcPeerV2Instance#cdc_id}
         * <p>
         * @return {@code this}
         * @param cdcId ID of the Cluster Data Centre. This parameter is required.
         */
        public Builder cdcId(final java.lang.String cdcId) {
            this.config.cdcId(cdcId);
            return this;
        }

        /**
         * ID of the current data centre VPC.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#data_centre_vpc_id DataInstaclustrAwsVpcPeerV2Instance#data_centre_vpc_id}
         * <p>
         * @return {@code this}
         * @param dataCentreVpcId ID of the current data centre VPC. This parameter is required.
         */
        public Builder dataCentreVpcId(final java.lang.String dataCentreVpcId) {
            this.config.dataCentreVpcId(dataCentreVpcId);
            return this;
        }

        /**
         * The AWS account ID of the owner of the accepter VPC.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_aws_account_id DataInstaclustrAwsVpcPeerV2Instance#peer_aws_account_id}
         * <p>
         * @return {@code this}
         * @param peerAwsAccountId The AWS account ID of the owner of the accepter VPC. This parameter is required.
         */
        public Builder peerAwsAccountId(final java.lang.String peerAwsAccountId) {
            this.config.peerAwsAccountId(peerAwsAccountId);
            return this;
        }

        /**
         * Region code for the accepter VPC (the data centre's region when left out).
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_region DataInstaclustrAwsVpcPeerV2Instance#peer_region}
         * <p>
         * @return {@code this}
         * @param peerRegion Region code for the accepter VPC (the data centre's region when left out). This parameter is required.
         */
        public Builder peerRegion(final java.lang.String peerRegion) {
            this.config.peerRegion(peerRegion);
            return this;
        }

        /**
         * The subnets for the peering VPC.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_subnets DataInstaclustrAwsVpcPeerV2Instance#peer_subnets}
         * <p>
         * @return {@code this}
         * @param peerSubnets The subnets for the peering VPC. This parameter is required.
         */
        public Builder peerSubnets(final java.util.List<java.lang.String> peerSubnets) {
            this.config.peerSubnets(peerSubnets);
            return this;
        }

        /**
         * ID of the VPC with which the peering connection is created.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_vpc_id DataInstaclustrAwsVpcPeerV2Instance#peer_vpc_id}
         * <p>
         * @return {@code this}
         * @param peerVpcId ID of the VPC with which the peering connection is created. This parameter is required.
         */
        public Builder peerVpcId(final java.lang.String peerVpcId) {
            this.config.peerVpcId(peerVpcId);
            return this;
        }

        /**
         * Status of the VPC Peering Connection. Values can be pending-acceptance, failed, expired, provisioning, active, deleting, deleted or rejected.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#status_code DataInstaclustrAwsVpcPeerV2Instance#status_code}
         * <p>
         * @return {@code this}
         * @param statusCode Status of the VPC Peering Connection. Values can be pending-acceptance, failed, expired, provisioning, active, deleting, deleted or rejected. This parameter is required.
         */
        public Builder statusCode(final java.lang.String statusCode) {
            this.config.statusCode(statusCode);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2Instance}.
         */
        @Override
        public imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2Instance build() {
            return new imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance.DataInstaclustrAwsVpcPeerV2Instance(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
