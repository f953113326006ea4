package io.zkmig.stacks;

import io.zkmig.spec.CredentialRefs;
import io.zkmig.spec.Credentials;
import io.zkmig.spec.MigrationSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment {@code cdktf}/{@code terraform} need for a migration's Instaclustr stacks, whose
 * synthesized JSON holds no secret: the provider's key ({@code TERRAFORM_KEY}, composed from the
 * spec's user and the API key its reference names), the API host for the provider process, and the
 * spec for the app. Callers add it to the child process's environment only; it is never printed.
 */
public final class TerraformEnvironment {
    public static final String API_URL = "IC_API_URL";

    private TerraformEnvironment() {
    }

    public static Map<String, String> forSpec(MigrationSpec spec, Map<String, String> environment) {
        Map<String, String> env = new LinkedHashMap<>();
        if (spec.source() != null) {
            env.put(SpecFiles.ENV, spec.source().toAbsolutePath().toString());
        }
        Credentials.Instaclustr ic = spec.credentials() == null ? null : spec.credentials().instaclustr();
        if (ic != null) {
            env.put(InstaclustrAccess.TERRAFORM_KEY_ENV, "Instaclustr-Terraform " + ic.user() + ":"
                    + ic.apiKey().resolve(CredentialRefs.INSTACLUSTR_API_KEY, environment, spec.baseDir()));
            if (ic.apiUrl() != null) {
                env.put(API_URL, ic.apiUrl());
            }
        }
        return env;
    }
}
