package imports.instaclustr.data_instaclustr_aws_vpc_peer_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:06.879Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrAwsVpcPeerV2Instance.DataInstaclustrAwsVpcPeerV2InstanceConfig")
@software.amazon.jsii.Jsii.Proxy(DataInstaclustrAwsVpcPeerV2InstanceConfig.Jsii$Proxy.class)
public interface DataInstaclustrAwsVpcPeerV2InstanceConfig extends software.amazon.jsii.JsiiSerializable, com.hashicorp.cdktf.TerraformMetaArguments {

    /**
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#id DataInstaclustrAwsVpcPeerV2Instance#id}.
     * <p>
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getId();

    /**
     * ID of the Cluster Data Centre.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#cdc_id DataInstaclustrAwsVpcPeerV2Instance#cdc_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCdcId() {
        return null;
    }

    /**
     * ID of the current data centre VPC.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#data_centre_vpc_id DataInstaclustrAwsVpcPeerV2Instance#data_centre_vpc_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDataCentreVpcId() {
        return null;
    }

    /**
     * The AWS account ID of the owner of the accepter VPC.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_aws_account_id DataInstaclustrAwsVpcPeerV2Instance#peer_aws_account_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPeerAwsAccountId() {
        return null;
    }

    /**
     * Region code for the accepter VPC (the data centre's region when left out).
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_region DataInstaclustrAwsVpcPeerV2Instance#peer_region}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPeerRegion() {
        return null;
    }

    /**
     * The subnets for the peering VPC.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_subnets DataInstaclustrAwsVpcPeerV2Instance#peer_subnets}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPeerSubnets() {
        return null;
    }

    /**
     * ID of the VPC with which the peering connection is created.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_vpc_id DataInstaclustrAwsVpcPeerV2Instance#peer_vpc_id}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPeerVpcId() {
        return null;
    }

    /**
     * Status of the VPC Peering Connection. Values can be pending-acceptance, failed, expired, provisioning, active, deleting, deleted or rejected.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#status_code DataInstaclustrAwsVpcPeerV2Instance#status_code}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStatusCode() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DataInstaclustrAwsVpcPeerV2InstanceConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DataInstaclustrAwsVpcPeerV2InstanceConfig> {
        java.lang.String id;
        java.lang.String cdcId;
        java.lang.String dataCentreVpcId;
        java.lang.String peerAwsAccountId;
        java.lang.String peerRegion;
        java.util.List<java.lang.String> peerSubnets;
        java.lang.String peerVpcId;
        java.lang.String statusCode;
        java.lang.Object connection;
        java.lang.Object count;
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn;
        com.hashicorp.cdktf.ITerraformIterator forEach;
        com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle;
        com.hashicorp.cdktf.TerraformProvider provider;
        java.util.List<java.lang.Object> provisioners;

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getId}
         * @param id Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#id DataInstaclustrAwsVpcPeerV2Instance#id}. This parameter is required.
         *           Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         *           If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * @return {@code this}
         */
        public Builder id(java.lang.String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getCdcId}
         * @param cdcId ID of the Cluster Data Centre.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#cdc_id DataInstaclustrAwsVpcPeerV2Instance#cdc_id}
         * @return {@code this}
         */
        public Builder cdcId(java.lang.String cdcId) {
            this.cdcId = cdcId;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getDataCentreVpcId}
         * @param dataCentreVpcId ID of the current data centre VPC.
         *                        Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#data_centre_vpc_id DataInstaclustrAwsVpcPeerV2Instance#data_centre_vpc_id}
         * @return {@code this}
         */
        public Builder dataCentreVpcId(java.lang.String dataCentreVpcId) {
            this.dataCentreVpcId = dataCentreVpcId;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getPeerAwsAccountId}
         * @param peerAwsAccountId The AWS account ID of the owner of the accepter VPC.
         *                         Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_aws_account_id DataInstaclustrAwsVpcPeerV2Instance#peer_aws_account_id}
         * @return {@code this}
         */
        public Builder peerAwsAccountId(java.lang.String peerAwsAccountId) {
            this.peerAwsAccountId = peerAwsAccountId;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getPeerRegion}
         * @param peerRegion Region code for the accepter VPC (the data centre's region when left out).
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_region DataInstaclustrAwsVpcPeerV2Instance#peer_region}
         * @return {@code this}
         */
        public Builder peerRegion(java.lang.String peerRegion) {
            this.peerRegion = peerRegion;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getPeerSubnets}
         * @param peerSubnets The subnets for the peering VPC.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_subnets DataInstaclustrAwsVpcPeerV2Instance#peer_subnets}
         * @return {@code this}
         */
        public Builder peerSubnets(java.util.List<java.lang.String> peerSubnets) {
            this.peerSubnets = peerSubnets;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getPeerVpcId}
         * @param peerVpcId ID of the VPC with which the peering connection is created.
         *                  Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#peer_vpc_id DataInstaclustrAwsVpcPeerV2Instance#peer_vpc_id}
         * @return {@code this}
         */
        public Builder peerVpcId(java.lang.String peerVpcId) {
            this.peerVpcId = peerVpcId;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getStatusCode}
         * @param statusCode Status of the VPC Peering Connection. Values can be pending-acceptance, failed, expired, provisioning, active, deleting, deleted or rejected.
         *                   Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/aws_vpc_peer_v2_instance#status_code DataInstaclustrAwsVpcPeerV2Instance#status_code}
         * @return {@code this}
         */
        public Builder statusCode(java.lang.String statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.SSHProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getConnection}
         * @param connection the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder connection(com.hashicorp.cdktf.WinrmProvisionerConnection connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(java.lang.Number count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getCount}
         * @param count the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder count(com.hashicorp.cdktf.TerraformCount count) {
            this.count = count;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getDependsOn}
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
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getForEach}
         * @param forEach the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder forEach(com.hashicorp.cdktf.ITerraformIterator forEach) {
            this.forEach = forEach;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getLifecycle}
         * @param lifecycle the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder lifecycle(com.hashicorp.cdktf.TerraformResourceLifecycle lifecycle) {
            this.lifecycle = lifecycle;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getProvider}
         * @param provider the value to be set.
         * @return {@code this}
         */
        @software.amazon.jsii.Stability(software.amazon.jsii.Stability.Level.Experimental)
        public Builder provider(com.hashicorp.cdktf.TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig#getProvisioners}
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
         * @return a new instance of {@link DataInstaclustrAwsVpcPeerV2InstanceConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DataInstaclustrAwsVpcPeerV2InstanceConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DataInstaclustrAwsVpcPeerV2InstanceConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DataInstaclustrAwsVpcPeerV2InstanceConfig {
        private final java.lang.String id;
        private final java.lang.String cdcId;
        private final java.lang.String dataCentreVpcId;
        private final java.lang.String peerAwsAccountId;
        private final java.lang.String peerRegion;
        private final java.util.List<java.lang.String> peerSubnets;
        private final java.lang.String peerVpcId;
        private final java.lang.String statusCode;
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
            this.cdcId = software.amazon.jsii.Kernel.get(this, "cdcId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.dataCentreVpcId = software.amazon.jsii.Kernel.get(this, "dataCentreVpcId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.peerAwsAccountId = software.amazon.jsii.Kernel.get(this, "peerAwsAccountId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.peerRegion = software.amazon.jsii.Kernel.get(this, "peerRegion", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.peerSubnets = software.amazon.jsii.Kernel.get(this, "peerSubnets", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.peerVpcId = software.amazon.jsii.Kernel.get(this, "peerVpcId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.statusCode = software.amazon.jsii.Kernel.get(this, "statusCode", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
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
            this.cdcId = builder.cdcId;
            this.dataCentreVpcId = builder.dataCentreVpcId;
            this.peerAwsAccountId = builder.peerAwsAccountId;
            this.peerRegion = builder.peerRegion;
            this.peerSubnets = builder.peerSubnets;
            this.peerVpcId = builder.peerVpcId;
            this.statusCode = builder.statusCode;
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
        public final java.lang.String getCdcId() {
            return this.cdcId;
        }

        @Override
        public final java.lang.String getDataCentreVpcId() {
            return this.dataCentreVpcId;
        }

        @Override
        public final java.lang.String getPeerAwsAccountId() {
            return this.peerAwsAccountId;
        }

        @Override
        public final java.lang.String getPeerRegion() {
            return this.peerRegion;
        }

        @Override
        public final java.util.List<java.lang.String> getPeerSubnets() {
            return this.peerSubnets;
        }

        @Override
        public final java.lang.String getPeerVpcId() {
            return this.peerVpcId;
        }

        @Override
        public final java.lang.String getStatusCode() {
            return this.statusCode;
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
            if (this.getCdcId() != null) {
                data.set("cdcId", om.valueToTree(this.getCdcId()));
            }
            if (this.getDataCentreVpcId() != null) {
                data.set("dataCentreVpcId", om.valueToTree(this.getDataCentreVpcId()));
            }
            if (this.getPeerAwsAccountId() != null) {
                data.set("peerAwsAccountId", om.valueToTree(this.getPeerAwsAccountId()));
            }
            if (this.getPeerRegion() != null) {
                data.set("peerRegion", om.valueToTree(this.getPeerRegion()));
            }
            if (this.getPeerSubnets() != null) {
                data.set("peerSubnets", om.valueToTree(this.getPeerSubnets()));
            }
            if (this.getPeerVpcId() != null) {
                data.set("peerVpcId", om.valueToTree(this.getPeerVpcId()));
            }
            if (this.getStatusCode() != null) {
                data.set("statusCode", om.valueToTree(this.getStatusCode()));
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
            struct.set("fqn", om.valueToTree("instaclustr.dataInstaclustrAwsVpcPeerV2Instance.DataInstaclustrAwsVpcPeerV2InstanceConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DataInstaclustrAwsVpcPeerV2InstanceConfig.Jsii$Proxy that = (DataInstaclustrAwsVpcPeerV2InstanceConfig.Jsii$Proxy) o;

            if (!id.equals(that.id)) return false;
            if (this.cdcId != null ? !this.cdcId.equals(that.cdcId) : that.cdcId != null) return false;
            if (this.dataCentreVpcId != null ? !this.dataCentreVpcId.equals(that.dataCentreVpcId) : that.dataCentreVpcId != null) return false;
            if (this.peerAwsAccountId != null ? !this.peerAwsAccountId.equals(that.peerAwsAccountId) : that.peerAwsAccountId != null) return false;
            if (this.peerRegion != null ? !this.peerRegion.equals(that.peerRegion) : that.peerRegion != null) return false;
            if (this.peerSubnets != null ? !this.peerSubnets.equals(that.peerSubnets) : that.peerSubnets != null) return false;
            if (this.peerVpcId != null ? !this.peerVpcId.equals(that.peerVpcId) : that.peerVpcId != null) return false;
            if (this.statusCode != null ? !this.statusCode.equals(that.statusCode) : that.statusCode != null) return false;
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
            result = 31 * result + (this.cdcId != null ? this.cdcId.hashCode() : 0);
            result = 31 * result + (this.dataCentreVpcId != null ? this.dataCentreVpcId.hashCode() : 0);
            result = 31 * result + (this.peerAwsAccountId != null ? this.peerAwsAccountId.hashCode() : 0);
            result = 31 * result + (this.peerRegion != null ? this.peerRegion.hashCode() : 0);
            result = 31 * result + (this.peerSubnets != null ? this.peerSubnets.hashCode() : 0);
            result = 31 * result + (this.peerVpcId != null ? this.peerVpcId.hashCode() : 0);
            result = 31 * result + (this.statusCode != null ? this.statusCode.hashCode() : 0);
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
