package io.zkmig.stacks;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.Token;
import imports.instaclustr.provider.InstaclustrProvider;

/**
 * The Instaclustr provider of a stack. Its only argument, {@code terraform_key}
 * ({@code Instaclustr-Terraform <user>:<key>}), never reaches the synthesized JSON: it is the
 * sensitive variable {@code instaclustr_terraform_key}, null by default, and then the provider takes
 * the key from its environment variable {@code TERRAFORM_KEY} (the provider engine,
 * terraform-provider-openapi, gives each provider argument an upper-cased environment default).
 * zkmig uses {@code TERRAFORM_KEY} (see {@link TerraformEnvironment}): a variable's value is kept in
 * saved plan files and shown by {@code terraform show -json}; the provider's environment is not.
 * The API host is the provider process's {@code IC_API_URL}, also from the environment.
 */
final class InstaclustrAccess {
    static final String TERRAFORM_KEY_VARIABLE = "instaclustr_terraform_key";
    /** The provider's own environment default for {@code terraform_key}. */
    static final String TERRAFORM_KEY_ENV = "TERRAFORM_KEY";

    private InstaclustrAccess() {
    }

    static InstaclustrProvider provider(TerraformStack stack) {
        TerraformVariable key = TerraformVariable.Builder.create(stack, TERRAFORM_KEY_VARIABLE)
                .type("string")
                .sensitive(true)
                .nullable(true)
                .defaultValue(Token.nullValue())
                .description("Instaclustr-Terraform <user>:<provisioning API key>. Leave unset and give the provider "
                        + TERRAFORM_KEY_ENV + " instead: a variable's value is kept in saved plan files")
                .build();
        return InstaclustrProvider.Builder.create(stack, "instaclustr").terraformKey(key.getStringValue()).build();
    }
}
