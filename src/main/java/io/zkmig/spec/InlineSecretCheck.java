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
        return problems;
    }
}
