package imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance;

@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:07.426Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.dataInstaclustrZookeeperClusterV2Instance.DataInstaclustrZookeeperClusterV2InstanceTwoFactorDeleteOutputReference")
public class DataInstaclustrZookeeperClusterV2InstanceTwoFactorDeleteOutputReference extends com.hashicorp.cdktf.ComplexObject {

    protected DataInstaclustrZookeeperClusterV2InstanceTwoFactorDeleteOutputReference(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected DataInstaclustrZookeeperClusterV2InstanceTwoFactorDeleteOutputReference(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    /**
     * @param terraformResource The parent resource. This parameter is required.
     * @param terraformAttribute The attribute on the parent resource this class is referencing. This parameter is required.
     * @param complexObjectIndex the index of this item in the list. This parameter is required.
     * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index). This parameter is required.
     */
    public DataInstaclustrZookeeperClusterV2InstanceTwoFactorDeleteOutputReference(final @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.IInterpolatingParent terraformResource, final @org.jetbrains.annotations.NotNull java.lang.String terraformAttribute, final @org.jetbrains.annotations.NotNull java.lang.Number complexObjectIndex, final @org.jetbrains.annotations.NotNull java.lang.Boolean complexObjectIsFromSet) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(terraformResource, "terraformResource is required"), java.util.Objects.requireNonNull(terraformAttribute, "terraformAttribute is required"), java.util.Objects.requireNonNull(complexObjectIndex, "complexObjectIndex is required"), java.util.Objects.requireNonNull(complexObjectIsFromSet, "complexObjectIsFromSet is required") });
    }

    public void resetConfirmationEmail() {
        software.amazon.jsii.Kernel.call(this, "resetConfirmationEmail", software.amazon.jsii.NativeType.VOID);
    }

    public void resetConfirmationPhoneNumber() {
        software.amazon.jsii.Kernel.call(this, "resetConfirmationPhoneNumber", software.amazon.jsii.NativeType.VOID);
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getConfirmationEmailInput() {
        return software.amazon.jsii.Kernel.get(this, "confirmationEmailInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getConfirmationPhoneNumberInput() {
        return software.amazon.jsii.Kernel.get(this, "confirmationPhoneNumberInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getConfirmationEmail() {
        return software.amazon.jsii.Kernel.get(this, "confirmationEmail", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setConfirmationEmail(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "confirmationEmail", java.util.Objects.requireNonNull(value, "confirmationEmail is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getConfirmationPhoneNumber() {
        return software.amazon.jsii.Kernel.get(this, "confirmationPhoneNumber", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setConfirmationPhoneNumber(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "confirmationPhoneNumber", java.util.Objects.requireNonNull(value, "confirmationPhoneNumber is required"));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or {@link imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getInternalValue() {
        return software.amazon.jsii.Kernel.get(this, "internalValue", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.IResolvable value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }

    public void setInternalValue(final @org.jetbrains.annotations.Nullable imports.instaclustr.data_instaclustr_zookeeper_cluster_v2_instance.DataInstaclustrZookeeperClusterV2InstanceTwoFactorDelete value) {
        software.amazon.jsii.Kernel.set(this, "internalValue", value);
    }
}
