package io.zkmig.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Credentials go by reference only. A value written inline is reported without echoing it, so that a
 * pasted key never reaches a terminal or a CI log through our error message.
 */
final class InlineSecretCheck {
    private static final List<String> SECRET_PATHS = List.of(
            "legacy.superUser", "target.superUser", "credentials.instaclustr.apiKey", "nodes.ssh.privateKey");

    /** The S3 ledger takes a profile name and nothing more: any field that looks like a key is refused. */
    private static final java.util.regex.Pattern KEY_LIKE = java.util.regex.Pattern.compile(
            "(?i).*(secret|token|password|credential|access).*");

    private InlineSecretCheck() {
    }

    static List<SpecProblem> find(String fileName, JsonNode tree) {
        List<SpecProblem> problems = new ArrayList<>();
        for (String path : SECRET_PATHS) {
            JsonNode node = tree;
            for (String part : path.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            if (node != null && node.isValueNode()) {
                problems.add(new SpecProblem(fileName, path,
                        "credentials must be given by reference ({env: VARIABLE} or {file: path}), never inline"
                                + " (the value was not printed)"));
            }
        }
        JsonNode ledger = tree.path("state").path("ledger");
        if (ledger.isObject()) {
            ledger.fieldNames().forEachRemaining(name -> {
                if (KEY_LIKE.matcher(name).matches()) {
                    problems.add(new SpecProblem(fileName, "state.ledger." + name, "no AWS credential goes in the spec:"
                            + " the s3 ledger uses state.ledger.profile or the SDK's default chain (environment, shared"
                            + " files, SSO, instance or task role) (the value was not printed)"));
                }
            });
        }
        return problems;
    }
}
