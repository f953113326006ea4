package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.305Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettingsOutputReference")
public class DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettingsOutputReference extends com.hashicorp.cdktf.ComplexObject {

    protected DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettingsOutputReference(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettingsOutputReference(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param terraformResource The parent resource. This parameter is required.
     * @param terraformAttribute The attribute on the parent resource this class is referencing. This parameter is required.
     * @param complexObjectIndex the index of this item in the list. This parameter is required.
     * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index). This parameter is required.
     */
    public DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettingsOutputReference(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IInterpolatingParent terraformResource, final @org.jetbrains.annotations.NotNull java.lang.String terraformAttribute, final @org.jetbrains.annotations.NotNull java.lang.Number complexObjectIndex, final @org.jetbrains.annotations.NotNull java.lang.Boolean complexObjectIsFromSet) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(terraformResource, "terraformResource is required"), java.util.Objects.requireNonNull(terraformAttribute, "terraformAttribute is required"), java.util.Objects.requireNonNull(complexObjectIndex, "complexObjectIndex is required"), java.util.Objects.requireNonNull(complexObjectIsFromSet, "complexObjectIsFromSet is required") });
    }

    public void resetCustomVirtualNetworkId() {
        software.amazon.jsii.Kernel.call(this, "resetCustomVirtualNetworkId", software.amazon.jsii.NativeType.VOID);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getCustomVirtualNetworkIdInput() {
        return software.amazon.jsii.Kernel.get(this, "customVirtualNetworkIdInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getCustomVirtualNetworkId() {
        return software.amazon.jsii.Kernel.get(this, "customVirtualNetworkId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setCustomVirtualNetworkId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "customVirtualNetworkId", java.util.Objects.requireNonNull(value, "customVirtualNetworkId is required"));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or {@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getInternalValue() {
        return software.amazon.jsii.Kernel.get(this, "internalValue", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceDataCentreGcpSettings value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }
}
