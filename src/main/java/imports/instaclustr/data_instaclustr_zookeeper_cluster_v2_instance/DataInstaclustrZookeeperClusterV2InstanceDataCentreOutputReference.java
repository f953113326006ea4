package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.354Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreOutputReference")
public class DataInstaclustrZookeeperClusterV2InstanceDataCentreOutputReference extends com.hashicorp.cdktf.ComplexObject {

    protected DataInstaclustrZookeeperClusterV2InstanceDataCentreOutputReference(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected DataInstaclustrZookeeperClusterV2InstanceDataCentreOutputReference(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param terraformResource The parent resource. This parameter is required.
     * @param terraformAttribute The attribute on the parent resource this class is referencing. This parameter is required.
     * @param complexObjectIndex the index of this item in the list. This parameter is required.
     * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index). This parameter is required.
     */
    public DataInstaclustrZookeeperClusterV2InstanceDataCentreOutputReference(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IInterpolatingParent terraformResource, final @org.jetbrains.annotations.NotNull java.lang.String terraformAttribute, final @org.jetbrains.annotations.NotNull java.lang.Number complexObjectIndex, final @org.jetbrains.annotations.NotNull java.lang.Boolean complexObjectIsFromSet) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(terraformResource, "terraformResource is required"), java.util.Objects.requireNonNull(terraformAttribute, "terraformAttribute is required"), java.util.Objects.requireNonNull(complexObjectIndex, "complexObjectIndex is required"), java.util.Objects.requireNonNull(complexObjectIsFromSet, "complexObjectIsFromSet is required") });
    }

    public void putAwsSettings(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettings>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettings> __cast_cd4240 = (java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettings>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettings __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putAwsSettings", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putAzureSettings(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings> __cast_cd4240 = (java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putAzureSettings", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putDeletedNodes(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes> __cast_cd4240 = (java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putDeletedNodes", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putGcpSettings(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings> __cast_cd4240 = (java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putGcpSettings", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putNodes(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodes>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodes> __cast_cd4240 = (java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodes>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodes __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putNodes", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putTag(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag> __cast_cd4240 = (java.util.List<imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putTag", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void resetAwsSettings() {
        software.amazon.jsii.Kernel.call(this, "resetAwsSettings", software.amazon.jsii.NativeType.VOID);
    }

    public void resetAzureSettings() {
        software.amazon.jsii.Kernel.call(this, "resetAzureSettings", software.amazon.jsii.NativeType.VOID);
    }

    public void resetClientToServerEncryption() {
        software.amazon.jsii.Kernel.call(this, "resetClientToServerEncryption", software.amazon.jsii.NativeType.VOID);
    }

    public void resetCloudProvider() {
        software.amazon.jsii.Kernel.call(this, "resetCloudProvider", software.amazon.jsii.NativeType.VOID);
    }

    public void resetCustomSubjectAlternativeNames() {
        software.amazon.jsii.Kernel.call(this, "resetCustomSubjectAlternativeNames", software.amazon.jsii.NativeType.VOID);
    }

    public void resetDeletedNodes() {
        software.amazon.jsii.Kernel.call(this, "resetDeletedNodes", software.amazon.jsii.NativeType.VOID);
    }

    public void resetEnforceAuthEnabled() {
        software.amazon.jsii.Kernel.call(this, "resetEnforceAuthEnabled", software.amazon.jsii.NativeType.VOID);
    }

    public void resetEnforceAuthSchemes() {
        software.amazon.jsii.Kernel.call(this, "resetEnforceAuthSchemes", software.amazon.jsii.NativeType.VOID);
    }

    public void resetGcpSettings() {
        software.amazon.jsii.Kernel.call(this, "resetGcpSettings", software.amazon.jsii.NativeType.VOID);
    }

    public void resetId() {
        software.amazon.jsii.Kernel.call(this, "resetId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetName() {
        software.amazon.jsii.Kernel.call(this, "resetName", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNetwork() {
        software.amazon.jsii.Kernel.call(this, "resetNetwork", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNodes() {
        software.amazon.jsii.Kernel.call(this, "resetNodes", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNodeSize() {
        software.amazon.jsii.Kernel.call(this, "resetNodeSize", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNumberOfNodes() {
        software.amazon.jsii.Kernel.call(this, "resetNumberOfNodes", software.amazon.jsii.NativeType.VOID);
    }

    public void resetProviderAccountName() {
        software.amazon.jsii.Kernel.call(this, "resetProviderAccountName", software.amazon.jsii.NativeType.VOID);
    }

    public void resetRegion() {
        software.amazon.jsii.Kernel.call(this, "resetRegion", software.amazon.jsii.NativeType.VOID);
    }

    public void resetStatus() {
        software.amazon.jsii.Kernel.call(this, "resetStatus", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTag() {
        software.amazon.jsii.Kernel.call(this, "resetTag", software.amazon.jsii.NativeType.VOID);
    }

    public void resetTagManagementEnabled() {
        software.amazon.jsii.Kernel.call(this, "resetTagManagementEnabled", software.amazon.jsii.NativeType.VOID);
    }

    public void resetZeroInboundAccess() {
        software.amazon.jsii.Kernel.call(this, "resetZeroInboundAccess", software.amazon.jsii.NativeType.VOID);
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettingsList getAwsSettings() {
        return software.amazon.jsii.Kernel.get(this, "awsSettings", software.amazon.jsii.NativeType.forClass(imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettingsList.class));
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettingsList getAzureSettings() {
        return software.amazon.jsii.Kernel.get(this, "azureSettings", software.amazon.jsii.NativeType.forClass(imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettingsList.class));
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodesList getDeletedNodes() {
        return software.amazon.jsii.Kernel.get(this, "deletedNodes", software.amazon.jsii.NativeType.forClass(imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodesList.class));
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettingsList getGcpSettings() {
        return software.amazon.jsii.Kernel.get(this, "gcpSettings", software.amazon.jsii.NativeType.forClass(imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettingsList.class));
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodesList getNodes() {
        return software.amazon.jsii.Kernel.get(this, "nodes", software.amazon.jsii.NativeType.forClass(imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodesList.class));
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTagList getTag() {
        return software.amazon.jsii.Kernel.get(this, "tag", software.amazon.jsii.NativeType.forClass(imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTagList.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAwsSettings}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getAwsSettingsInput() {
        return software.amazon.jsii.Kernel.get(this, "awsSettingsInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreAzureSettings}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getAzureSettingsInput() {
        return software.amazon.jsii.Kernel.get(this, "azureSettingsInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getClientToServerEncryptionInput() {
        return software.amazon.jsii.Kernel.get(this, "clientToServerEncryptionInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCloudProviderInput() {
        return software.amazon.jsii.Kernel.get(this, "cloudProviderInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getCustomSubjectAlternativeNamesInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "customSubjectAlternativeNamesInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getDeletedNodesInput() {
        return software.amazon.jsii.Kernel.get(this, "deletedNodesInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getEnforceAuthEnabledInput() {
        return software.amazon.jsii.Kernel.get(this, "enforceAuthEnabledInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getEnforceAuthSchemesInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "enforceAuthSchemesInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getGcpSettingsInput() {
        return software.amazon.jsii.Kernel.get(this, "gcpSettingsInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getIdInput() {
        return software.amazon.jsii.Kernel.get(this, "idInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNameInput() {
        return software.amazon.jsii.Kernel.get(this, "nameInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNetworkInput() {
        return software.amazon.jsii.Kernel.get(this, "networkInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreNodes}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getNodesInput() {
        return software.amazon.jsii.Kernel.get(this, "nodesInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNodeSizeInput() {
        return software.amazon.jsii.Kernel.get(this, "nodeSizeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.Number getNumberOfNodesInput() {
        return software.amazon.jsii.Kernel.get(this, "numberOfNodesInput", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getProviderAccountNameInput() {
        return software.amazon.jsii.Kernel.get(this, "providerAccountNameInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getRegionInput() {
        return software.amazon.jsii.Kernel.get(this, "regionInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getStatusInput() {
        return software.amazon.jsii.Kernel.get(this, "statusInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreTag}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getTagInput() {
        return software.amazon.jsii.Kernel.get(this, "tagInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getTagManagementEnabledInput() {
        return software.amazon.jsii.Kernel.get(this, "tagManagementEnabledInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getZeroInboundAccessInput() {
        return software.amazon.jsii.Kernel.get(this, "zeroInboundAccessInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getClientToServerEncryption() {
        return software.amazon.jsii.Kernel.get(this, "clientToServerEncryption", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setClientToServerEncryption(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "clientToServerEncryption", java.util.Objects.requireNonNull(value, "clientToServerEncryption is required"));
    }

    public void setClientToServerEncryption(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "clientToServerEncryption", java.util.Objects.requireNonNull(value, "clientToServerEncryption is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getCloudProvider() {
        return software.amazon.jsii.Kernel.get(this, "cloudProvider", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setCloudProvider(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "cloudProvider", java.util.Objects.requireNonNull(value, "cloudProvider is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getCustomSubjectAlternativeNames() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "customSubjectAlternativeNames", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setCustomSubjectAlternativeNames(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "customSubjectAlternativeNames", java.util.Objects.requireNonNull(value, "customSubjectAlternativeNames is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getEnforceAuthEnabled() {
        return software.amazon.jsii.Kernel.get(this, "enforceAuthEnabled", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setEnforceAuthEnabled(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "enforceAuthEnabled", java.util.Objects.requireNonNull(value, "enforceAuthEnabled is required"));
    }

    public void setEnforceAuthEnabled(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "enforceAuthEnabled", java.util.Objects.requireNonNull(value, "enforceAuthEnabled is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getEnforceAuthSchemes() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "enforceAuthSchemes", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setEnforceAuthSchemes(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "enforceAuthSchemes", java.util.Objects.requireNonNull(value, "enforceAuthSchemes is required"));
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

    public @org.jetbrains.annotations.NotNull java.lang.String getNetwork() {
        return software.amazon.jsii.Kernel.get(this, "network", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setNetwork(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "network", java.util.Objects.requireNonNull(value, "network is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getNodeSize() {
        return software.amazon.jsii.Kernel.get(this, "nodeSize", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setNodeSize(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "nodeSize", java.util.Objects.requireNonNull(value, "nodeSize is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.Number getNumberOfNodes() {
        return software.amazon.jsii.Kernel.get(this, "numberOfNodes", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
    }

    public void setNumberOfNodes(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        software.amazon.jsii.Kernel.set(this, "numberOfNodes", java.util.Objects.requireNonNull(value, "numberOfNodes is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getProviderAccountName() {
        return software.amazon.jsii.Kernel.get(this, "providerAccountName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setProviderAccountName(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "providerAccountName", java.util.Objects.requireNonNull(value, "providerAccountName is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getRegion() {
        return software.amazon.jsii.Kernel.get(this, "region", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setRegion(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "region", java.util.Objects.requireNonNull(value, "region is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getStatus() {
        return software.amazon.jsii.Kernel.get(this, "status", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setStatus(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "status", java.util.Objects.requireNonNull(value, "status is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getTagManagementEnabled() {
        return software.amazon.jsii.Kernel.get(this, "tagManagementEnabled", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setTagManagementEnabled(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "tagManagementEnabled", java.util.Objects.requireNonNull(value, "tagManagementEnabled is required"));
    }

    public void setTagManagementEnabled(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "tagManagementEnabled", java.util.Objects.requireNonNull(value, "tagManagementEnabled is required"));
    }

    /**
     * Returns union: either {@link java.lang.Boolean} or {@link com.hashicorp.cdktf.IResolvable}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getZeroInboundAccess() {
        return software.amazon.jsii.Kernel.get(this, "zeroInboundAccess", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setZeroInboundAccess(final @org.jetbrains.annotations.NotNull java.lang.Boolean value) {
        software.amazon.jsii.Kernel.set(this, "zeroInboundAccess", java.util.Objects.requireNonNull(value, "zeroInboundAccess is required"));
    }

    public void setZeroInboundAccess(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "zeroInboundAccess", java.util.Objects.requireNonNull(value, "zeroInboundAccess is required"));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or {@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentre}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getInternalValue() {
        return software.amazon.jsii.Kernel.get(this, "internalValue", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentre value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }
}
