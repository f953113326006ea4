package imports.instaclustr.cluster_network_firewall_rules_v2;

/**
 * Represents a {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2 instaclustr_cluster_network_firewall_rules_v2}.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-02T02:09:06.781Z")
@software.amazon.jsii.Jsii(module = imports.instaclustr.$Module.class, fqn = "instaclustr.clusterNetworkFirewallRulesV2.ClusterNetworkFirewallRulesV2")
public class ClusterNetworkFirewallRulesV2 extends com.hashicorp.cdktf.TerraformResource {

    protected ClusterNetworkFirewallRulesV2(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ClusterNetworkFirewallRulesV2(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        TF_RESOURCE_TYPE = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2.class, "tfResourceType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Create a new {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2 instaclustr_cluster_network_firewall_rules_v2} Resource.
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param id The scoped construct ID. This parameter is required.
     * @param config This parameter is required.
     */
    public ClusterNetworkFirewallRulesV2(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2Config config) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(config, "config is required") });
    }

    /**
     * Generates CDKTF code for importing a ClusterNetworkFirewallRulesV2 resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the ClusterNetworkFirewallRulesV2 to import. This parameter is required.
     * @param importFromId The id of the existing ClusterNetworkFirewallRulesV2 that should be imported. This parameter is required.
     * @param provider ? Optional instance of the provider where the ClusterNetworkFirewallRulesV2 to import is found.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId, final @org.jetbrains.annotations.Nullable com.hashicorp.cdktf.TerraformProvider provider) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required"), provider });
    }

    /**
     * Generates CDKTF code for importing a ClusterNetworkFirewallRulesV2 resource upon running "cdktf plan <stack-name>".
     * <p>
     * @param scope The scope in which to define this construct. This parameter is required.
     * @param importToId The construct id used in the generated config for the ClusterNetworkFirewallRulesV2 to import. This parameter is required.
     * @param importFromId The id of the existing ClusterNetworkFirewallRulesV2 that should be imported. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull com.hashicorp.cdktf.ImportableResource generateConfigForImport(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String importToId, final @org.jetbrains.annotations.NotNull java.lang.String importFromId) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2.class, "generateConfigForImport", software.amazon.jsii.NativeType.forClass(com.hashicorp.cdktf.ImportableResource.class), new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(importToId, "importToId is required"), java.util.Objects.requireNonNull(importFromId, "importFromId is required") });
    }

    public void putFirewallRule(final @org.jetbrains.annotations.NotNull java.lang.Object value) {
        if (software.amazon.jsii.Configuration.getRuntimeTypeChecking()) {
            if (
                 !(value instanceof com.hashicorp.cdktf.IResolvable)
                && !(value instanceof java.util.List)
                && !(value.getClass().equals(software.amazon.jsii.JsiiObject.class))
            ) {
                throw new IllegalArgumentException(
                    new java.lang.StringBuilder("Expected ")
                        .append("value")
                        .append(" to be one of: com.hashicorp.cdktf.IResolvable, java.util.List<imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRule>; received ")
                        .append(value.getClass()).toString());
            }
            if (value instanceof java.util.List) {
                @SuppressWarnings("unchecked")
                final java.util.List<imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRule> __cast_cd4240 = (java.util.List<imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRule>)value;
                for (int __idx_ac66f0 = 0; __idx_ac66f0 < __cast_cd4240.size(); __idx_ac66f0++) {
                    final imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRule __val_ac66f0 = __cast_cd4240.get(__idx_ac66f0);
                }
            }
        }
        software.amazon.jsii.Kernel.call(this, "putFirewallRule", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public void putTimeouts(final @org.jetbrains.annotations.NotNull imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2Timeouts value) {
        software.amazon.jsii.Kernel.call(this, "putTimeouts", software.amazon.jsii.NativeType.VOID, new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
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

    @Override
    protected @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.Object> synthesizeAttributes() {
        return java.util.Collections.unmodifiableMap(software.amazon.jsii.Kernel.call(this, "synthesizeAttributes", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.Object.class))));
    }

    public final static java.lang.String TF_RESOURCE_TYPE;

    public @org.jetbrains.annotations.NotNull imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRuleList getFirewallRule() {
        return software.amazon.jsii.Kernel.get(this, "firewallRule", software.amazon.jsii.NativeType.forClass(imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRuleList.class));
    }

    public @org.jetbrains.annotations.NotNull imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2TimeoutsOutputReference getTimeouts() {
        return software.amazon.jsii.Kernel.get(this, "timeouts", software.amazon.jsii.NativeType.forClass(imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2TimeoutsOutputReference.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getClusterIdInput() {
        return software.amazon.jsii.Kernel.get(this, "clusterIdInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or List<{@link imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRule}>
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getFirewallRuleInput() {
        return software.amazon.jsii.Kernel.get(this, "firewallRuleInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getIdInput() {
        return software.amazon.jsii.Kernel.get(this, "idInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public @org.jetbrains.annotations.Nullable java.lang.String getStatusInput() {
        return software.amazon.jsii.Kernel.get(this, "statusInput", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    /**
     * Returns union: either {@link com.hashicorp.cdktf.IResolvable} or {@link imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2Timeouts}
     */
    public @org.jetbrains.annotations.Nullable java.lang.Object getTimeoutsInput() {
        return software.amazon.jsii.Kernel.get(this, "timeoutsInput", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getClusterId() {
        return software.amazon.jsii.Kernel.get(this, "clusterId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setClusterId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "clusterId", java.util.Objects.requireNonNull(value, "clusterId is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getId() {
        return software.amazon.jsii.Kernel.get(this, "id", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setId(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "id", java.util.Objects.requireNonNull(value, "id is required"));
    }

    public @org.jetbrains.annotations.NotNull java.lang.String getStatus() {
        return software.amazon.jsii.Kernel.get(this, "status", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
    }

    public void setStatus(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        software.amazon.jsii.Kernel.set(this, "status", java.util.Objects.requireNonNull(value, "status is required"));
    }

    /**
     * A fluent builder for {@link imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2> {
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
        private final imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2Config.Builder config;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.config = new imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2Config.Builder();
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
         * ID of the cluster.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#cluster_id ClusterNetworkFirewallRulesV2#cluster_id}
         * <p>
         * @return {@code this}
         * @param clusterId ID of the cluster. This parameter is required.
         */
        public Builder clusterId(final java.lang.String clusterId) {
            this.config.clusterId(clusterId);
            return this;
        }

        /**
         * firewall_rule block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#firewall_rule ClusterNetworkFirewallRulesV2#firewall_rule}
         * <p>
         * @return {@code this}
         * @param firewallRule firewall_rule block. This parameter is required.
         */
        public Builder firewallRule(final com.hashicorp.cdktf.IResolvable firewallRule) {
            this.config.firewallRule(firewallRule);
            return this;
        }
        /**
         * firewall_rule block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#firewall_rule ClusterNetworkFirewallRulesV2#firewall_rule}
         * <p>
         * @return {@code this}
         * @param firewallRule firewall_rule block. This parameter is required.
         */
        public Builder firewallRule(final java.util.List<? extends imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2FirewallRule> firewallRule) {
            this.config.firewallRule(firewallRule);
            return this;
        }

        /**
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#id ClusterNetworkFirewallRulesV2#id}.
         * <p>
         * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
         * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
         * <p>
         * @return {@code this}
         * @param id Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#id ClusterNetworkFirewallRulesV2#id}. This parameter is required.
         */
        public Builder id(final java.lang.String id) {
            this.config.id(id);
            return this;
        }

        /**
         * The status of the cluster.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#status ClusterNetworkFirewallRulesV2#status}
         * <p>
         * @return {@code this}
         * @param status The status of the cluster. This parameter is required.
         */
        public Builder status(final java.lang.String status) {
            this.config.status(status);
            return this;
        }

        /**
         * timeouts block.
         * <p>
         * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs/resources/cluster_network_firewall_rules_v2#timeouts ClusterNetworkFirewallRulesV2#timeouts}
         * <p>
         * @return {@code this}
         * @param timeouts timeouts block. This parameter is required.
         */
        public Builder timeouts(final imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2Timeouts timeouts) {
            this.config.timeouts(timeouts);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2}.
         */
        @Override
        public imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2 build() {
            return new imports.instaclustr.cluster_network_firewall_rules_v2.ClusterNetworkFirewallRulesV2(
                this.scope,
                this.id,
                this.config.build()
            );
        }
    }
}
