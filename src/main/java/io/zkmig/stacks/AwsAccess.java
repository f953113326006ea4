package io.zkmig.stacks;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import io.zkmig.spec.AwsNetwork;
import java.util.List;

/**
 * The AWS provider of the legacy account. Credentials come from the standard AWS chain (environment,
 * profile, instance role), never from the spec; {@code allowed_account_ids} makes a plan against the
 * wrong account fail before it changes anything.
 */
final class AwsAccess {
    private AwsAccess() {
    }

    static AwsProvider provider(TerraformStack stack, AwsNetwork network) {
        AwsProvider.Builder provider = AwsProvider.Builder.create(stack, "aws").region(network.region());
        if (network.accountId() != null) {
            provider.allowedAccountIds(List.of(network.accountId()));
        }
        return provider.build();
    }
}
