package io.zkmig.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.runner.ledger.MigrationState;
import io.zkmig.spec.MigrationSpec;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Synthesizes a migration's stacks with the CDKTF Testing API, reading the ledger like the app does. */
final class Synth {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Synth() {
    }

    static Map<String, TerraformStack> stacks(MigrationSpec spec) {
        App app = Testing.app();
        MigrationState recorded;
        try (Ledger ledger = FileLedger.readOnly(spec.stateDir())) {
            recorded = ledger.state();
        }
        Map<String, TerraformStack> stacks = new LinkedHashMap<>();
        for (TerraformStack stack : MigrationStacks.declare(app, spec, recorded)) {
            stacks.put(stack.getNode().getId(), stack);
        }
        return stacks;
    }

    /** Stack name → synthesized Terraform JSON. */
    static Map<String, String> json(MigrationSpec spec) {
        Map<String, String> out = new LinkedHashMap<>();
        stacks(spec).forEach((name, stack) -> out.put(name, Testing.synth(stack)));
        return out;
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean hasResource(String json, String type) {
        return tree(json).path("resource").has(type);
    }

    static JsonNode resources(String json, String type) {
        return tree(json).path("resource").path(type);
    }
}
