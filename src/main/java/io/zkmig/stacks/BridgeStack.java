package io.zkmig.stacks;

import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformRemoteState;
import com.hashicorp.cdktf.TerraformStack;
import imports.instaclustr.aws_vpc_peer_v2.AwsVpcPeerV2;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import java.util.List;
import java.util.Locale;
import software.constructs.Construct;

/**
 * {@code <name>-bridge}: the Instaclustr side of the bridge, a VPC peering request from the target
 * cluster's data centre to the legacy VPC. Only the Instaclustr provider is needed to deploy it; the
 * AWS side is {@link BridgeAwsStack}. Empty outside the bridged stages, so deploying it at
 * {@code disconnect} removes the peering.
 */
public final class BridgeStack extends TerraformStack {
    public static final String PEERING_ID = "peering_id";

    public BridgeStack(Construct scope, MigrationSpec spec, AwsNetwork legacyNetwork) {
        super(scope, new StackNames(spec.name()).bridge());
        StackNames names = new StackNames(spec.name());
        StateBackends.configure(this, spec, names.bridge());
        InstaclustrAccess.provider(this);
        if (!StageLayout.hasBridge(spec.stage())) {
            return;
        }
        TerraformRemoteState target = StateBackends.remoteState(this, "target", spec, names.target());
        AwsVpcPeerV2 peering = AwsVpcPeerV2.Builder.create(this, "peering")
                .cdcId(target.getString(TargetStack.DATA_CENTRE_ID))
                .peerAwsAccountId(legacyNetwork.accountId())
                .peerVpcId(legacyNetwork.vpcId())
                .peerRegion(instaclustrRegion(legacyNetwork.region()))
                .peerSubnets(List.of(legacyNetwork.cidr()))
                .build();
        TerraformOutput.Builder.create(this, PEERING_ID).value(peering.getId())
                .description("Instaclustr's id of the VPC peering request")
                .build();
    }

    /** {@code us-east-1} → {@code US_EAST_1}, the form Instaclustr's API uses. */
    static String instaclustrRegion(String awsRegion) {
        return awsRegion.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
