package io.zkmig.stacks;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import imports.instaclustr.provider.InstaclustrProvider;
import io.zkmig.spec.Credentials;
import io.zkmig.spec.MigrationSpec;

/**
 * The Instaclustr provider of a stack. Its only argument, {@code terraform_key}
 * ({@code Instaclustr-Terraform <user>:<key>}), is built from a sensitive Terraform variable, so the
 * key never reaches the synthesized JSON, the plan or the logs: it comes from
 * {@code TF_VAR_instaclustr_api_key} at plan time (see {@link TerraformEnvironment}). The API host
 * is the provider process's {@code IC_API_URL}, also from the environment.
 */
final class InstaclustrAccess {
    static final String API_KEY_VARIABLE = "instaclustr_api_key";
    /** Used when the spec names no Instaclustr user: the whole key comes from the environment. */
    static final String TERRAFORM_KEY_VARIABLE = "instaclustr_terraform_key";

    private InstaclustrAccess() {
    }

    static InstaclustrProvider provider(TerraformStack stack, MigrationSpec spec) {
        Credentials.Instaclustr credentials = spec.credentials() == null ? null : spec.credentials().instaclustr();
        String terraformKey;
        if (credentials != null) {
            TerraformVariable apiKey = sensitive(stack, API_KEY_VARIABLE,
                    "Instaclustr provisioning API key of user " + credentials.user() + " (spec: "
                            + credentials.apiKey() + ")");
            terraformKey = "Instaclustr-Terraform " + credentials.user() + ":" + apiKey.getStringValue();
        } else {
            terraformKey = sensitive(stack, TERRAFORM_KEY_VARIABLE,
                    "Instaclustr Terraform key: Instaclustr-Terraform <user>:<provisioning API key>").getStringValue();
        }
        return InstaclustrProvider.Builder.create(stack, "instaclustr").terraformKey(terraformKey).build();
    }

    private static TerraformVariable sensitive(TerraformStack stack, String name, String description) {
        return TerraformVariable.Builder.create(stack, name)
                .type("string")
                .sensitive(true)
                .nullable(false)
                .description(description)
                .build();
    }
}
