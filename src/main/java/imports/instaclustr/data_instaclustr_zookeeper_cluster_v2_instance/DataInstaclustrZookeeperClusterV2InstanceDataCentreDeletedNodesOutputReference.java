package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.284Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodesOutputReference")
public class DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodesOutputReference extends com.hashicorp.cdktf.ComplexObject {

    protected DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodesOutputReference(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodesOutputReference(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param terraformResource The parent resource. This parameter is required.
     * @param terraformAttribute The attribute on the parent resource this class is referencing. This parameter is required.
     * @param complexObjectIndex the index of this item in the list. This parameter is required.
     * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index). This parameter is required.
     */
    public DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodesOutputReference(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IInterpolatingParent terraformResource, final @org.jetbrains.annotations.NotNull java.lang.String terraformAttribute, final @org.jetbrains.annotations.NotNull java.lang.Number complexObjectIndex, final @org.jetbrains.annotations.NotNull java.lang.Boolean complexObjectIsFromSet) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(terraformResource, "terraformResource is required"), java.util.Objects.requireNonNull(terraformAttribute, "terraformAttribute is required"), java.util.Objects.requireNonNull(complexObjectIndex, "complexObjectIndex is required"), java.util.Objects.requireNonNull(complexObjectIsFromSet, "complexObjectIsFromSet is required") });
    }

    public void resetDeletionTime() {
        software.amazon.jsii.Kernel.call(this, "resetDeletionTime", software.amazon.jsii.NativeType.VOID);
    }

    public void resetId() {
        software.amazon.jsii.Kernel.call(this, "resetId", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNodeRoles() {
        software.amazon.jsii.Kernel.call(this, "resetNodeRoles", software.amazon.jsii.NativeType.VOID);
    }

    public void resetNodeSize() {
        software.amazon.jsii.Kernel.call(this, "resetNodeSize", software.amazon.jsii.NativeType.VOID);
    }

    public void resetPrivateAddress() {
        software.amazon.jsii.Kernel.call(this, "resetPrivateAddress", software.amazon.jsii.NativeType.VOID);
    }

    public void resetPublicAddress() {
        software.amazon.jsii.Kernel.call(this, "resetPublicAddress", software.amazon.jsii.NativeType.VOID);
    }

    public void resetRack() {
        software.amazon.jsii.Kernel.call(this, "resetRack", software.amazon.jsii.NativeType.VOID);
    }

    public void resetStartTime() {
        software.amazon.jsii.Kernel.call(this, "resetStartTime", software.amazon.jsii.NativeType.VOID);
    }

    public void resetStatus() {
        software.amazon.jsii.Kernel.call(this, "resetStatus", software.amazon.jsii.NativeType.VOID);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getDeletionTimeInput() {
        return software.amazon.jsii.Kernel.get(this, "deletionTimeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getIdInput() {
        return software.amazon.jsii.Kernel.get(this, "idInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getNodeRolesInput() {
        return java.util.Optional.ofNullable((java.util.List<java.lang.String>)(software.amazon.jsii.Kernel.get(this, "nodeRolesInput", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))))).map(java.util.Collections::unmodifiableList).orElse(null);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getNodeSizeInput() {
        return software.amazon.jsii.Kernel.get(this, "nodeSizeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getPrivateAddressInput() {
        return software.amazon.jsii.Kernel.get(this, "privateAddressInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getPublicAddressInput() {
        return software.amazon.jsii.Kernel.get(this, "publicAddressInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getRackInput() {
        return software.amazon.jsii.Kernel.get(this, "rackInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getStartTimeInput() {
        return software.amazon.jsii.Kernel.get(this, "startTimeInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getStatusInput() {
        return software.amazon.jsii.Kernel.get(this, "statusInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getDeletionTime() {
        return software.amazon.jsii.Kernel.get(this, "deletionTime", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setDeletionTime(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "deletionTime", java.util.Objects.requireNonNull(value, "deletionTime is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "id", java.util.Objects.requireNonNull(value, "id is required"));
    }

    public @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getNodeRoles() {
        return java.util.Collections.unmodifiableList(software.amazon.jsii.Kernel.get(this, "nodeRoles", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
    }

    public void setNodeRoles(final @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> value) {
        software.amazon.jsii.Kernel.set(this, "nodeRoles", java.util.Objects.requireNonNull(value, "nodeRoles is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getNodeSize() {
        return software.amazon.jsii.Kernel.get(this, "nodeSize", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setNodeSize(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "nodeSize", java.util.Objects.requireNonNull(value, "nodeSize is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getPrivateAddress() {
        return software.amazon.jsii.Kernel.get(this, "privateAddress", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setPrivateAddress(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "privateAddress", java.util.Objects.requireNonNull(value, "privateAddress is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getPublicAddress() {
        return software.amazon.jsii.Kernel.get(this, "publicAddress", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setPublicAddress(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "publicAddress", java.util.Objects.requireNonNull(value, "publicAddress is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getRack() {
        return software.amazon.jsii.Kernel.get(this, "rack", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setRack(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "rack", java.util.Objects.requireNonNull(value, "rack is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getStartTime() {
        return software.amazon.jsii.Kernel.get(this, "startTime", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setStartTime(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "startTime", java.util.Objects.requireNonNull(value, "startTime is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getStatus() {
        return software.amazon.jsii.Kernel.get(this, "status", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setStatus(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "status", java.util.Objects.requireNonNull(value, "status is required"));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or {@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getInternalValue() {
        return software.amazon.jsii.Kernel.get(this, "internalValue", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreDeletedNodes value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }
}
