package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.077Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentre")
@software.amazon.jsii.Jsii.Proxy(DataInstaclustrZookeeperClusterV2InstanceDataCentre.Jsii$Proxy.class)
public interface DataInstaclustrZookeeperClusterV2InstanceDataCentre extends software.amazon.jsii.JsiiSerializable {

    /**
     * aws_settings block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#aws_settings DataInstaclustrZookeeperClusterV2Instance#aws_settings}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettings}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getAwsSettings() {
        return null;
    }

    /**
     * azure_settings block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#azure_settings DataInstaclustrZookeeperClusterV2Instance#azure_settings}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getAzureSettings() {
        return null;
    }

    /**
     * Enables Client ⇄ Node Encryption.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#client_to_server_encryption DataInstaclustrZookeeperClusterV2Instance#client_to_server_encryption}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getClientToServerEncryption() {
        return null;
    }

    /**
     * Name of a cloud provider service.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#cloud_provider DataInstaclustrZookeeperClusterV2Instance#cloud_provider}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCloudProvider() {
        return null;
    }

    /**
     * List of Subject Alternative Names FQDNs as per RFC 1035.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#custom_subject_alternative_names DataInstaclustrZookeeperClusterV2Instance#custom_subject_alternative_names}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getCustomSubjectAlternativeNames() {
        return null;
    }

    /**
     * deleted_nodes block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#deleted_nodes DataInstaclustrZookeeperClusterV2Instance#deleted_nodes}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getDeletedNodes() {
        return null;
    }

    /**
     * Enables Enforced SASL Authentication.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#enforce_auth_enabled DataInstaclustrZookeeperClusterV2Instance#enforce_auth_enabled}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getEnforceAuthEnabled() {
        return null;
    }

    /**
     * A list of authentication schemes to enforce when enforce.auth.enabled=true.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#enforce_auth_schemes DataInstaclustrZookeeperClusterV2Instance#enforce_auth_schemes}
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getEnforceAuthSchemes() {
        return null;
    }

    /**
     * gcp_settings block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#gcp_settings DataInstaclustrZookeeperClusterV2Instance#gcp_settings}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getGcpSettings() {
        return null;
    }

    /**
     * ID of the Cluster Data Centre.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#id DataInstaclustrZookeeperClusterV2Instance#id}
     * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
     * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getId() {
        return null;
    }

    /**
     * A logical name for the data centre within a cluster. These names must be unique in the cluster.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#name DataInstaclustrZookeeperClusterV2Instance#name}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getName() {
        return null;
    }

    /**
     * The private network address block for the Data Centre specified using CIDR address notation.
     * <p>
     * The network must have a prefix length between /16 and /26 and must be part of a private address space.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#network DataInstaclustrZookeeperClusterV2Instance#network}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNetwork() {
        return null;
    }

    /**
     * nodes block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#nodes DataInstaclustrZookeeperClusterV2Instance#nodes}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodes}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getNodes() {
        return null;
    }

    /**
     * Size of the nodes provisioned in the Data Centre.
     * <p>
     * Available node sizes on AWS_VPC (most regions): MZK-DEV-t4g.small-20, MZK-PRD-m7g.large-60, MZK-PRD-m7g.xlarge-120, MZK-PRD-m8g.large-60, MZK-PRD-m8g.xlarge-120, ZKR-PRD-m5d.large-75, ZKR-PRD-m5d.xlarge-150, zookeeper-developer-t3.small-20, zookeeper-production-m5.large-60, zookeeper-production-m5.xlarge-120.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#node_size DataInstaclustrZookeeperClusterV2Instance#node_size}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNodeSize() {
        return null;
    }

    /**
     * Total number of Zookeeper nodes in the Data Centre.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#number_of_nodes DataInstaclustrZookeeperClusterV2Instance#number_of_nodes}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getNumberOfNodes() {
        return null;
    }

    /**
     * For customers running in their own account.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#provider_account_name DataInstaclustrZookeeperClusterV2Instance#provider_account_name}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getProviderAccountName() {
        return null;
    }

    /**
     * Region of the Data Centre.
     * <p>
     * See the description for node size for a compatible Data Centre for a given node size.
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#region DataInstaclustrZookeeperClusterV2Instance#region}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRegion() {
        return null;
    }

    /**
     * Status of the Data Centre.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#status DataInstaclustrZookeeperClusterV2Instance#status}
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStatus() {
        return null;
    }

    /**
     * tag block.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#tag DataInstaclustrZookeeperClusterV2Instance#tag}
     * <p>
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag}>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getTag() {
        return null;
    }

    /**
     * Enable tag management for the data centre. Only available for RIYOA clusters and cannot be disabled once enabled.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#tag_management_enabled DataInstaclustrZookeeperClusterV2Instance#tag_management_enabled}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getTagManagementEnabled() {
        return null;
    }

    /**
     * Zero Inbound Access gateways eliminate the requirement for any public IP addresses in cluster deployment.
     * <p>
     * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#zero_inbound_access DataInstaclustrZookeeperClusterV2Instance#zero_inbound_access}
     * <p>
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getZeroInboundAccess() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre}
     */
    public static final class Builder implements software.amazon.jsii.Builder<DataInstaclustrZookeeperClusterV2InstanceDataCentre> {
        java.lang.Object awsSettings;
        java.lang.Object azureSettings;
        java.lang.Object clientToServerEncryption;
        java.lang.String cloudProvider;
        java.util.List<java.lang.String> customSubjectAlternativeNames;
        java.lang.Object deletedNodes;
        java.lang.Object enforceAuthEnabled;
        java.util.List<java.lang.String> enforceAuthSchemes;
        java.lang.Object gcpSettings;
        java.lang.String id;
        java.lang.String name;
        java.lang.String network;
        java.lang.Object nodes;
        java.lang.String nodeSize;
        java.lang.Number numberOfNodes;
        java.lang.String providerAccountName;
        java.lang.String region;
        java.lang.String status;
        java.lang.Object tag;
        java.lang.Object tagManagementEnabled;
        java.lang.Object zeroInboundAccess;

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getAwsSettings}
         * @param awsSettings aws_settings block.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#aws_settings DataInstaclustrZookeeperClusterV2Instance#aws_settings}
         * @return {@code this}
         */
        public Builder awsSettings(com.hashicorp.cdktf.IResolvable awsSettings) {
            this.awsSettings = awsSettings;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getAwsSettings}
         * @param awsSettings aws_settings block.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#aws_settings DataInstaclustrZookeeperClusterV2Instance#aws_settings}
         * @return {@code this}
         */
        public Builder awsSettings(java.util.List<? extends imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettings> awsSettings) {
            this.awsSettings = awsSettings;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getAzureSettings}
         * @param azureSettings azure_settings block.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#azure_settings DataInstaclustrZookeeperClusterV2Instance#azure_settings}
         * @return {@code this}
         */
        public Builder azureSettings(com.hashicorp.cdktf.IResolvable azureSettings) {
            this.azureSettings = azureSettings;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getAzureSettings}
         * @param azureSettings azure_settings block.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#azure_settings DataInstaclustrZookeeperClusterV2Instance#azure_settings}
         * @return {@code this}
         */
        public Builder azureSettings(java.util.List<? extends imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings> azureSettings) {
            this.azureSettings = azureSettings;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getClientToServerEncryption}
         * @param clientToServerEncryption Enables Client ⇄ Node Encryption.
         *                                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#client_to_server_encryption DataInstaclustrZookeeperClusterV2Instance#client_to_server_encryption}
         * @return {@code this}
         */
        public Builder clientToServerEncryption(java.lang.Boolean clientToServerEncryption) {
            this.clientToServerEncryption = clientToServerEncryption;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getClientToServerEncryption}
         * @param clientToServerEncryption Enables Client ⇄ Node Encryption.
         *                                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#client_to_server_encryption DataInstaclustrZookeeperClusterV2Instance#client_to_server_encryption}
         * @return {@code this}
         */
        public Builder clientToServerEncryption(com.hashicorp.cdktf.IResolvable clientToServerEncryption) {
            this.clientToServerEncryption = clientToServerEncryption;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getCloudProvider}
         * @param cloudProvider Name of a cloud provider service.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#cloud_provider DataInstaclustrZookeeperClusterV2Instance#cloud_provider}
         * @return {@code this}
         */
        public Builder cloudProvider(java.lang.String cloudProvider) {
            this.cloudProvider = cloudProvider;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getCustomSubjectAlternativeNames}
         * @param customSubjectAlternativeNames List of Subject Alternative Names FQDNs as per RFC 1035.
         *                                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#custom_subject_alternative_names DataInstaclustrZookeeperClusterV2Instance#custom_subject_alternative_names}
         * @return {@code this}
         */
        public Builder customSubjectAlternativeNames(java.util.List<java.lang.String> customSubjectAlternativeNames) {
            this.customSubjectAlternativeNames = customSubjectAlternativeNames;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getDeletedNodes}
         * @param deletedNodes deleted_nodes block.
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#deleted_nodes DataInstaclustrZookeeperClusterV2Instance#deleted_nodes}
         * @return {@code this}
         */
        public Builder deletedNodes(com.hashicorp.cdktf.IResolvable deletedNodes) {
            this.deletedNodes = deletedNodes;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getDeletedNodes}
         * @param deletedNodes deleted_nodes block.
         *                     Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#deleted_nodes DataInstaclustrZookeeperClusterV2Instance#deleted_nodes}
         * @return {@code this}
         */
        public Builder deletedNodes(java.util.List<? extends imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes> deletedNodes) {
            this.deletedNodes = deletedNodes;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getEnforceAuthEnabled}
         * @param enforceAuthEnabled Enables Enforced SASL Authentication.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#enforce_auth_enabled DataInstaclustrZookeeperClusterV2Instance#enforce_auth_enabled}
         * @return {@code this}
         */
        public Builder enforceAuthEnabled(java.lang.Boolean enforceAuthEnabled) {
            this.enforceAuthEnabled = enforceAuthEnabled;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getEnforceAuthEnabled}
         * @param enforceAuthEnabled Enables Enforced SASL Authentication.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#enforce_auth_enabled DataInstaclustrZookeeperClusterV2Instance#enforce_auth_enabled}
         * @return {@code this}
         */
        public Builder enforceAuthEnabled(com.hashicorp.cdktf.IResolvable enforceAuthEnabled) {
            this.enforceAuthEnabled = enforceAuthEnabled;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getEnforceAuthSchemes}
         * @param enforceAuthSchemes A list of authentication schemes to enforce when enforce.auth.enabled=true.
         *                           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#enforce_auth_schemes DataInstaclustrZookeeperClusterV2Instance#enforce_auth_schemes}
         * @return {@code this}
         */
        public Builder enforceAuthSchemes(java.util.List<java.lang.String> enforceAuthSchemes) {
            this.enforceAuthSchemes = enforceAuthSchemes;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getGcpSettings}
         * @param gcpSettings gcp_settings block.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#gcp_settings DataInstaclustrZookeeperClusterV2Instance#gcp_settings}
         * @return {@code this}
         */
        public Builder gcpSettings(com.hashicorp.cdktf.IResolvable gcpSettings) {
            this.gcpSettings = gcpSettings;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getGcpSettings}
         * @param gcpSettings gcp_settings block.
         *                    Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#gcp_settings DataInstaclustrZookeeperClusterV2Instance#gcp_settings}
         * @return {@code this}
         */
        public Builder gcpSettings(java.util.List<? extends imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings> gcpSettings) {
            this.gcpSettings = gcpSettings;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getId}
         * @param id ID of the Cluster Data Centre.
         *           Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#id DataInstaclustrZookeeperClusterV2Instance#id}
         *           
         *           Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         *           If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * @return {@code this}
         */
        public Builder id(java.lang.String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getName}
         * @param name A logical name for the data centre within a cluster. These names must be unique in the cluster.
         *             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#name DataInstaclustrZookeeperClusterV2Instance#name}
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getNetwork}
         * @param network The private network address block for the Data Centre specified using CIDR address notation.
         *                The network must have a prefix length between /16 and /26 and must be part of a private address space.
         *                
         *                Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#network DataInstaclustrZookeeperClusterV2Instance#network}
         * @return {@code this}
         */
        public Builder network(java.lang.String network) {
            this.network = network;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getNodes}
         * @param nodes nodes block.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#nodes DataInstaclustrZookeeperClusterV2Instance#nodes}
         * @return {@code this}
         */
        public Builder nodes(com.hashicorp.cdktf.IResolvable nodes) {
            this.nodes = nodes;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getNodes}
         * @param nodes nodes block.
         *              Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#nodes DataInstaclustrZookeeperClusterV2Instance#nodes}
         * @return {@code this}
         */
        public Builder nodes(java.util.List<? extends imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodes> nodes) {
            this.nodes = nodes;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getNodeSize}
         * @param nodeSize Size of the nodes provisioned in the Data Centre.
         *                 Available node sizes on AWS_VPC (most regions): MZK-DEV-t4g.small-20, MZK-PRD-m7g.large-60, MZK-PRD-m7g.xlarge-120, MZK-PRD-m8g.large-60, MZK-PRD-m8g.xlarge-120, ZKR-PRD-m5d.large-75, ZKR-PRD-m5d.xlarge-150, zookeeper-developer-t3.small-20, zookeeper-production-m5.large-60, zookeeper-production-m5.xlarge-120.
         *                 
         *                 Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#node_size DataInstaclustrZookeeperClusterV2Instance#node_size}
         * @return {@code this}
         */
        public Builder nodeSize(java.lang.String nodeSize) {
            this.nodeSize = nodeSize;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getNumberOfNodes}
         * @param numberOfNodes Total number of Zookeeper nodes in the Data Centre.
         *                      Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#number_of_nodes DataInstaclustrZookeeperClusterV2Instance#number_of_nodes}
         * @return {@code this}
         */
        public Builder numberOfNodes(java.lang.Number numberOfNodes) {
            this.numberOfNodes = numberOfNodes;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getProviderAccountName}
         * @param providerAccountName For customers running in their own account.
         *                            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#provider_account_name DataInstaclustrZookeeperClusterV2Instance#provider_account_name}
         * @return {@code this}
         */
        public Builder providerAccountName(java.lang.String providerAccountName) {
            this.providerAccountName = providerAccountName;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getRegion}
         * @param region Region of the Data Centre.
         *               See the description for node size for a compatible Data Centre for a given node size.
         *               
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#region DataInstaclustrZookeeperClusterV2Instance#region}
         * @return {@code this}
         */
        public Builder region(java.lang.String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getStatus}
         * @param status Status of the Data Centre.
         *               Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#status DataInstaclustrZookeeperClusterV2Instance#status}
         * @return {@code this}
         */
        public Builder status(java.lang.String status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getTag}
         * @param tag tag block.
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#tag DataInstaclustrZookeeperClusterV2Instance#tag}
         * @return {@code this}
         */
        public Builder tag(com.hashicorp.cdktf.IResolvable tag) {
            this.tag = tag;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getTag}
         * @param tag tag block.
         *            Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#tag DataInstaclustrZookeeperClusterV2Instance#tag}
         * @return {@code this}
         */
        public Builder tag(java.util.List<? extends imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag> tag) {
            this.tag = tag;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getTagManagementEnabled}
         * @param tagManagementEnabled Enable tag management for the data centre. Only available for RIYOA clusters and cannot be disabled once enabled.
         *                             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#tag_management_enabled DataInstaclustrZookeeperClusterV2Instance#tag_management_enabled}
         * @return {@code this}
         */
        public Builder tagManagementEnabled(java.lang.Boolean tagManagementEnabled) {
            this.tagManagementEnabled = tagManagementEnabled;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getTagManagementEnabled}
         * @param tagManagementEnabled Enable tag management for the data centre. Only available for RIYOA clusters and cannot be disabled once enabled.
         *                             Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#tag_management_enabled DataInstaclustrZookeeperClusterV2Instance#tag_management_enabled}
         * @return {@code this}
         */
        public Builder tagManagementEnabled(com.hashicorp.cdktf.IResolvable tagManagementEnabled) {
            this.tagManagementEnabled = tagManagementEnabled;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getZeroInboundAccess}
         * @param zeroInboundAccess Zero Inbound Access gateways eliminate the requirement for any public IP addresses in cluster deployment.
         *                          Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#zero_inbound_access DataInstaclustrZookeeperClusterV2Instance#zero_inbound_access}
         * @return {@code this}
         */
        public Builder zeroInboundAccess(java.lang.Boolean zeroInboundAccess) {
            this.zeroInboundAccess = zeroInboundAccess;
            return this;
        }

        /**
         * Sets the value of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre#getZeroInboundAccess}
         * @param zeroInboundAccess Zero Inbound Access gateways eliminate the requirement for any public IP addresses in cluster deployment.
         *                          Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/data-sources/zookeeper_cluster_v2_instance#zero_inbound_access DataInstaclustrZookeeperClusterV2Instance#zero_inbound_access}
         * @return {@code this}
         */
        public Builder zeroInboundAccess(com.hashicorp.cdktf.IResolvable zeroInboundAccess) {
            this.zeroInboundAccess = zeroInboundAccess;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public DataInstaclustrZookeeperClusterV2InstanceDataCentre build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link DataInstaclustrZookeeperClusterV2InstanceDataCentre}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements DataInstaclustrZookeeperClusterV2InstanceDataCentre {
        private final java.lang.Object awsSettings;
        private final java.lang.Object azureSettings;
        private final java.lang.Object clientToServerEncryption;
        private final java.lang.String cloudProvider;
        private final java.util.List<java.lang.String> customSubjectAlternativeNames;
        private final java.lang.Object deletedNodes;
        private final java.lang.Object enforceAuthEnabled;
        private final java.util.List<java.lang.String> enforceAuthSchemes;
        private final java.lang.Object gcpSettings;
        private final java.lang.String id;
        private final java.lang.String name;
        private final java.lang.String network;
        private final java.lang.Object nodes;
        private final java.lang.String nodeSize;
        private final java.lang.Number numberOfNodes;
        private final java.lang.String providerAccountName;
        private final java.lang.String region;
        private final java.lang.String status;
        private final java.lang.Object tag;
        private final java.lang.Object tagManagementEnabled;
        private final java.lang.Object zeroInboundAccess;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.awsSettings = software.amazon.jsii.Kernel.get(this, "awsSettings", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.azureSettings = software.amazon.jsii.Kernel.get(this, "azureSettings", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.clientToServerEncryption = software.amazon.jsii.Kernel.get(this, "clientToServerEncryption", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.cloudProvider = software.amazon.jsii.Kernel.get(this, "cloudProvider", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.customSubjectAlternativeNames = software.amazon.jsii.Kernel.get(this, "customSubjectAlternativeNames", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.deletedNodes = software.amazon.jsii.Kernel.get(this, "deletedNodes", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.enforceAuthEnabled = software.amazon.jsii.Kernel.get(this, "enforceAuthEnabled", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.enforceAuthSchemes = software.amazon.jsii.Kernel.get(this, "enforceAuthSchemes", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.gcpSettings = software.amazon.jsii.Kernel.get(this, "gcpSettings", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.id = software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.network = software.amazon.jsii.Kernel.get(this, "network", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.nodes = software.amazon.jsii.Kernel.get(this, "nodes", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.nodeSize = software.amazon.jsii.Kernel.get(this, "nodeSize", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.numberOfNodes = software.amazon.jsii.Kernel.get(this, "numberOfNodes", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.providerAccountName = software.amazon.jsii.Kernel.get(this, "providerAccountName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.region = software.amazon.jsii.Kernel.get(this, "region", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.status = software.amazon.jsii.Kernel.get(this, "status", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.tag = software.amazon.jsii.Kernel.get(this, "tag", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.tagManagementEnabled = software.amazon.jsii.Kernel.get(this, "tagManagementEnabled", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
            this.zeroInboundAccess = software.amazon.jsii.Kernel.get(this, "zeroInboundAccess", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.awsSettings = builder.awsSettings;
            this.azureSettings = builder.azureSettings;
            this.clientToServerEncryption = builder.clientToServerEncryption;
            this.cloudProvider = builder.cloudProvider;
            this.customSubjectAlternativeNames = builder.customSubjectAlternativeNames;
            this.deletedNodes = builder.deletedNodes;
            this.enforceAuthEnabled = builder.enforceAuthEnabled;
            this.enforceAuthSchemes = builder.enforceAuthSchemes;
            this.gcpSettings = builder.gcpSettings;
            this.id = builder.id;
            this.name = builder.name;
            this.network = builder.network;
            this.nodes = builder.nodes;
            this.nodeSize = builder.nodeSize;
            this.numberOfNodes = builder.numberOfNodes;
            this.providerAccountName = builder.providerAccountName;
            this.region = builder.region;
            this.status = builder.status;
            this.tag = builder.tag;
            this.tagManagementEnabled = builder.tagManagementEnabled;
            this.zeroInboundAccess = builder.zeroInboundAccess;
        }

        @Override
        public final java.lang.Object getAwsSettings() {
            return this.awsSettings;
        }

        @Override
        public final java.lang.Object getAzureSettings() {
            return this.azureSettings;
        }

        @Override
        public final java.lang.Object getClientToServerEncryption() {
            return this.clientToServerEncryption;
        }

        @Override
        public final java.lang.String getCloudProvider() {
            return this.cloudProvider;
        }

        @Override
        public final java.util.List<java.lang.String> getCustomSubjectAlternativeNames() {
            return this.customSubjectAlternativeNames;
        }

        @Override
        public final java.lang.Object getDeletedNodes() {
            return this.deletedNodes;
        }

        @Override
        public final java.lang.Object getEnforceAuthEnabled() {
            return this.enforceAuthEnabled;
        }

        @Override
        public final java.util.List<java.lang.String> getEnforceAuthSchemes() {
            return this.enforceAuthSchemes;
        }

        @Override
        public final java.lang.Object getGcpSettings() {
            return this.gcpSettings;
        }

        @Override
        public final java.lang.String getId() {
            return this.id;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.String getNetwork() {
            return this.network;
        }

        @Override
        public final java.lang.Object getNodes() {
            return this.nodes;
        }

        @Override
        public final java.lang.String getNodeSize() {
            return this.nodeSize;
        }

        @Override
        public final java.lang.Number getNumberOfNodes() {
            return this.numberOfNodes;
        }

        @Override
        public final java.lang.String getProviderAccountName() {
            return this.providerAccountName;
        }

        @Override
        public final java.lang.String getRegion() {
            return this.region;
        }

        @Override
        public final java.lang.String getStatus() {
            return this.status;
        }

        @Override
        public final java.lang.Object getTag() {
            return this.tag;
        }

        @Override
        public final java.lang.Object getTagManagementEnabled() {
            return this.tagManagementEnabled;
        }

        @Override
        public final java.lang.Object getZeroInboundAccess() {
            return this.zeroInboundAccess;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAwsSettings() != null) {
                data.set("awsSettings", om.valueToTree(this.getAwsSettings()));
            }
            if (this.getAzureSettings() != null) {
                data.set("azureSettings", om.valueToTree(this.getAzureSettings()));
            }
            if (this.getClientToServerEncryption() != null) {
                data.set("clientToServerEncryption", om.valueToTree(this.getClientToServerEncryption()));
            }
            if (this.getCloudProvider() != null) {
                data.set("cloudProvider", om.valueToTree(this.getCloudProvider()));
            }
            if (this.getCustomSubjectAlternativeNames() != null) {
                data.set("customSubjectAlternativeNames", om.valueToTree(this.getCustomSubjectAlternativeNames()));
            }
            if (this.getDeletedNodes() != null) {
                data.set("deletedNodes", om.valueToTree(this.getDeletedNodes()));
            }
            if (this.getEnforceAuthEnabled() != null) {
                data.set("enforceAuthEnabled", om.valueToTree(this.getEnforceAuthEnabled()));
            }
            if (this.getEnforceAuthSchemes() != null) {
                data.set("enforceAuthSchemes", om.valueToTree(this.getEnforceAuthSchemes()));
            }
            if (this.getGcpSettings() != null) {
                data.set("gcpSettings", om.valueToTree(this.getGcpSettings()));
            }
            if (this.getId() != null) {
                data.set("id", om.valueToTree(this.getId()));
            }
            if (this.getName() != null) {
                data.set("name", om.valueToTree(this.getName()));
            }
            if (this.getNetwork() != null) {
                data.set("network", om.valueToTree(this.getNetwork()));
            }
            if (this.getNodes() != null) {
                data.set("nodes", om.valueToTree(this.getNodes()));
            }
            if (this.getNodeSize() != null) {
                data.set("nodeSize", om.valueToTree(this.getNodeSize()));
            }
            if (this.getNumberOfNodes() != null) {
                data.set("numberOfNodes", om.valueToTree(this.getNumberOfNodes()));
            }
            if (this.getProviderAccountName() != null) {
                data.set("providerAccountName", om.valueToTree(this.getProviderAccountName()));
            }
            if (this.getRegion() != null) {
                data.set("region", om.valueToTree(this.getRegion()));
            }
            if (this.getStatus() != null) {
                data.set("status", om.valueToTree(this.getStatus()));
            }
            if (this.getTag() != null) {
                data.set("tag", om.valueToTree(this.getTag()));
            }
            if (this.getTagManagementEnabled() != null) {
                data.set("tagManagementEnabled", om.valueToTree(this.getTagManagementEnabled()));
            }
            if (this.getZeroInboundAccess() != null) {
                data.set("zeroInboundAccess", om.valueToTree(this.getZeroInboundAccess()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentre"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            DataInstaclustrZookeeperClusterV2InstanceDataCentre.Jsii$Proxy that = (DataInstaclustrZookeeperClusterV2InstanceDataCentre.Jsii$Proxy) o;

            if (this.awsSettings != null ? !this.awsSettings.equals(that.awsSettings) : that.awsSettings != null) return false;
            if (this.azureSettings != null ? !this.azureSettings.equals(that.azureSettings) : that.azureSettings != null) return false;
            if (this.clientToServerEncryption != null ? !this.clientToServerEncryption.equals(that.clientToServerEncryption) : that.clientToServerEncryption != null) return false;
            if (this.cloudProvider != null ? !this.cloudProvider.equals(that.cloudProvider) : that.cloudProvider != null) return false;
            if (this.customSubjectAlternativeNames != null ? !this.customSubjectAlternativeNames.equals(that.customSubjectAlternativeNames) : that.customSubjectAlternativeNames != null) return false;
            if (this.deletedNodes != null ? !this.deletedNodes.equals(that.deletedNodes) : that.deletedNodes != null) return false;
            if (this.enforceAuthEnabled != null ? !this.enforceAuthEnabled.equals(that.enforceAuthEnabled) : that.enforceAuthEnabled != null) return false;
            if (this.enforceAuthSchemes != null ? !this.enforceAuthSchemes.equals(that.enforceAuthSchemes) : that.enforceAuthSchemes != null) return false;
            if (this.gcpSettings != null ? !this.gcpSettings.equals(that.gcpSettings) : that.gcpSettings != null) return false;
            if (this.id != null ? !this.id.equals(that.id) : that.id != null) return false;
            if (this.name != null ? !this.name.equals(that.name) : that.name != null) return false;
            if (this.network != null ? !this.network.equals(that.network) : that.network != null) return false;
            if (this.nodes != null ? !this.nodes.equals(that.nodes) : that.nodes != null) return false;
            if (this.nodeSize != null ? !this.nodeSize.equals(that.nodeSize) : that.nodeSize != null) return false;
            if (this.numberOfNodes != null ? !this.numberOfNodes.equals(that.numberOfNodes) : that.numberOfNodes != null) return false;
            if (this.providerAccountName != null ? !this.providerAccountName.equals(that.providerAccountName) : that.providerAccountName != null) return false;
            if (this.region != null ? !this.region.equals(that.region) : that.region != null) return false;
            if (this.status != null ? !this.status.equals(that.status) : that.status != null) return false;
            if (this.tag != null ? !this.tag.equals(that.tag) : that.tag != null) return false;
            if (this.tagManagementEnabled != null ? !this.tagManagementEnabled.equals(that.tagManagementEnabled) : that.tagManagementEnabled != null) return false;
            return this.zeroInboundAccess != null ? this.zeroInboundAccess.equals(that.zeroInboundAccess) : that.zeroInboundAccess == null;
        }

        @Override
        public final int hashCode() {
            int result = this.awsSettings != null ? this.awsSettings.hashCode() : 0;
            result = 31 * result + (this.azureSettings != null ? this.azureSettings.hashCode() : 0);
            result = 31 * result + (this.clientToServerEncryption != null ? this.clientToServerEncryption.hashCode() : 0);
            result = 31 * result + (this.cloudProvider != null ? this.cloudProvider.hashCode() : 0);
            result = 31 * result + (this.customSubjectAlternativeNames != null ? this.customSubjectAlternativeNames.hashCode() : 0);
            result = 31 * result + (this.deletedNodes != null ? this.deletedNodes.hashCode() : 0);
            result = 31 * result + (this.enforceAuthEnabled != null ? this.enforceAuthEnabled.hashCode() : 0);
            result = 31 * result + (this.enforceAuthSchemes != null ? this.enforceAuthSchemes.hashCode() : 0);
            result = 31 * result + (this.gcpSettings != null ? this.gcpSettings.hashCode() : 0);
            result = 31 * result + (this.id != null ? this.id.hashCode() : 0);
            result = 31 * result + (this.name != null ? this.name.hashCode() : 0);
            result = 31 * result + (this.network != null ? this.network.hashCode() : 0);
            result = 31 * result + (this.nodes != null ? this.nodes.hashCode() : 0);
            result = 31 * result + (this.nodeSize != null ? this.nodeSize.hashCode() : 0);
            result = 31 * result + (this.numberOfNodes != null ? this.numberOfNodes.hashCode() : 0);
            result = 31 * result + (this.providerAccountName != null ? this.providerAccountName.hashCode() : 0);
            result = 31 * result + (this.region != null ? this.region.hashCode() : 0);
            result = 31 * result + (this.status != null ? this.status.hashCode() : 0);
            result = 31 * result + (this.tag != null ? this.tag.hashCode() : 0);
            result = 31 * result + (this.tagManagementEnabled != null ? this.tagManagementEnabled.hashCode() : 0);
            result = 31 * result + (this.zeroInboundAccess != null ? this.zeroInboundAccess.hashCode() : 0);
            return result;
        }
    }
}
