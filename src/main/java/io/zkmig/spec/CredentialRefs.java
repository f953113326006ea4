package io.zkmig.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The credentials a spec names, each with its field path, and which of them cannot be read here. */
public final class CredentialRefs {
    public static final String LEGACY_SUPER_USER = "legacy.superUser";
    public static final String TARGET_SUPER_USER = "target.superUser";
    public static final String INSTACLUSTR_API_KEY = "credentials.instaclustr.apiKey";
    public static final String SSH_PRIVATE_KEY = "nodes.ssh.privateKey";

    private record Named(String path, SecretRef ref) {
    }

    private CredentialRefs() {
    }

    private static List<Named> of(MigrationSpec spec) {
        List<Named> refs = new ArrayList<>();
        add(refs, LEGACY_SUPER_USER, spec.legacy().superUser());
        add(refs, TARGET_SUPER_USER, spec.target().superUser());
        if (spec.credentials() != null && spec.credentials().instaclustr() != null) {
            add(refs, INSTACLUSTR_API_KEY, spec.credentials().instaclustr().apiKey());
        }
        if (spec.nodes().ssh() != null) {
            add(refs, SSH_PRIVATE_KEY, spec.nodes().ssh().privateKey());
        }
        return refs;
    }

    /** One warning per credential that names an unset variable or a file that cannot be read. */
    public static List<SpecProblem> unavailable(MigrationSpec spec, Map<String, String> environment) {
        String file = spec.source() == null ? "" : spec.source().toString();
        List<SpecProblem> warnings = new ArrayList<>();
        for (Named n : of(spec)) {
            try {
                n.ref().resolve(environment, spec.baseDir());
            } catch (SecretRef.SecretUnavailableException e) {
                warnings.add(new SpecProblem(file, n.path(), e.getMessage() + "; commands that need this credential"
                        + " refuse to run until it is available"));
            }
        }
        return warnings;
    }

    private static void add(List<Named> refs, String path, SecretRef ref) {
        if (ref != null) {
            refs.add(new Named(path, ref));
        }
    }
}
