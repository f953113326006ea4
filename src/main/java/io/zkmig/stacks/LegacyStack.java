package io.zkmig.stacks;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.data_aws_ebs_volume.DataAwsEbsVolume;
import com.hashicorp.cdktf.providers.aws.data_aws_ebs_volume.DataAwsEbsVolumeFilter;
import com.hashicorp.cdktf.providers.aws.ebs_volume.EbsVolume;
import com.hashicorp.cdktf.providers.aws.instance.Instance;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import java.util.List;
import software.constructs.Construct;

/**
 * {@code <name>-legacy}: the legacy servers' instances and volumes named in the spec, imported
 * (Terraform import blocks) and held so that decommission can destroy them with
 * {@code cdktf destroy <name>-legacy}. zkmig did not create them, so it never changes them
 * ({@code ignore_changes = all}), and {@code prevent_destroy} refuses their destruction until the
 * spec's stage is {@code decommission}, which the guard rails allow only after the split and verified
 * snapshots.
 */
public final class LegacyStack extends TerraformStack {

    public LegacyStack(Construct scope, MigrationSpec spec, AwsNetwork legacyNetwork) {
        super(scope, new StackNames(spec.name()).legacy());
        StateBackends.configure(this, spec, new StackNames(spec.name()).legacy());
        AwsAccess.provider(this, legacyNetwork);
        TerraformResourceLifecycle held = TerraformResourceLifecycle.builder()
                .ignoreChanges("all")
                .preventDestroy(StageLayout.protectsLegacy(spec.stage()))
                .build();
        for (String instanceId : legacyNetwork.instances()) {
            Instance instance = Instance.Builder.create(this, instanceId).lifecycle(held).build();
            instance.importFrom(instanceId);
        }
        for (String volumeId : legacyNetwork.volumes()) {
            // availability_zone is required configuration; read it from the volume itself.
            DataAwsEbsVolume existing = DataAwsEbsVolume.Builder.create(this, volumeId + "-lookup")
                    .filter(List.of(DataAwsEbsVolumeFilter.builder().name("volume-id").values(List.of(volumeId)).build()))
                    .build();
            EbsVolume volume = EbsVolume.Builder.create(this, volumeId)
                    .availabilityZone(existing.getAvailabilityZone())
                    .lifecycle(held)
                    .build();
            volume.importFrom(volumeId);
        }
    }
}
