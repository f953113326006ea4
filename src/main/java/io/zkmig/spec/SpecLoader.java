package io.zkmig.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads {@code stacks/<name>.yaml}: YAML syntax, then structure (JSON Schema, unknown fields are errors),
 * then meaning ({@link SpecValidator}). Every problem is reported at once, each with its field path.
 */
public final class SpecLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JsonSchema SCHEMA = loadSchema();

    private SpecLoader() {
    }

    public static MigrationSpec load(Path file) throws InvalidSpecException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidSpecException(List.of(new SpecProblem(name, "", "file not found")));
        } catch (IOException e) {
            throw new InvalidSpecException(List.of(new SpecProblem(name, "", "cannot read: " + e.getMessage())));
        }
        return parse(name, text).withSource(file);
    }

    public static MigrationSpec parse(String fileName, String yaml) throws InvalidSpecException {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new InvalidSpecException(List.of(new SpecProblem(fileName, "", "not valid YAML" + where
                    + ": " + e.getOriginalMessage())));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidSpecException(List.of(new SpecProblem(fileName, "", "expected a mapping at the top level")));
        }
        List<SpecProblem> problems = new ArrayList<>(InlineSecretCheck.find(fileName, tree));
        if (problems.isEmpty()) {
            problems.addAll(structuralProblems(fileName, tree));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSpecException(problems);
        }
        MigrationSpec spec;
        try {
            spec = YAML.treeToValue(tree, MigrationSpec.class);
        } catch (JsonProcessingException e) {
            throw new InvalidSpecException(List.of(new SpecProblem(fileName, "", e.getOriginalMessage())));
        }
        List<SpecProblem> semantic = new SpecValidator(fileName).validate(spec);
        if (!semantic.isEmpty()) {
            throw new InvalidSpecException(semantic);
        }
        return spec;
    }

    private static List<SpecProblem> structuralProblems(String fileName, JsonNode tree) {
        List<SpecProblem> problems = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(tree)) {
            String path = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            String message = m.getMessage();
            int colon = message.indexOf(": ");
            if (message.startsWith("$") && colon > 0) {
                message = message.substring(colon + 2);
            }
            if (m.getProperty() != null && ("additionalProperties".equals(m.getType()) || "required".equals(m.getType()))) {
                path = path.isEmpty() ? m.getProperty() : path + "." + m.getProperty();
                message = "additionalProperties".equals(m.getType())
                        ? "unknown field (check the spelling; see docs/spec.md)"
                        : "required field is missing";
            }
            problems.add(new SpecProblem(fileName, path, message));
        }
        problems.sort(Comparator.comparing(SpecProblem::path));
        return problems;
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = SpecLoader.class.getResourceAsStream("migration-spec.schema.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
