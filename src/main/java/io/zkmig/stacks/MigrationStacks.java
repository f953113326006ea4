package io.zkmig.stacks;

import com.hashicorp.cdktf.TerraformStack;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.MigrationSpec;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * Declares one migration's stacks after the guard rails passed: the target always; the bridge, its AWS
 * side and the legacy stack where the spec has a legacy AWS network.
 */
public final class MigrationStacks {
    private MigrationStacks() {
    }

    public static List<TerraformStack> declare(Construct app, MigrationSpec spec, MigrationState recorded) {
        GuardRails.check(spec, recorded);
        List<TerraformStack> stacks = new ArrayList<>();
        stacks.add(new TargetStack(app, spec));
        AwsNetwork network = spec.legacy().network();
        if (network != null) {
            stacks.add(new BridgeStack(app, spec, network));
            stacks.add(new BridgeAwsStack(app, spec, network));
            stacks.add(new LegacyStack(app, spec, network));
        }
        return stacks;
    }
}
