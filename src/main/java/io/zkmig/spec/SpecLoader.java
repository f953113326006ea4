package io.zkmig.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
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
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
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
        MigrationSpec spec = parse(name, text).withSource(file);
        List<SpecProblem> stateDir = StateDirCheck.problems(name, spec, home());
        if (!stateDir.isEmpty()) {
            throw new InvalidSpecException(stateDir);
        }
        return spec;
    }

    private static java.util.Optional<Path> home() {
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(Path.of(home));
    }

    public static MigrationSpec parse(String fileName, String yaml) throws InvalidSpecException {
        JsonNode tree = readSingleDocument(fileName, yaml);
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

    /**
     * The YAML tree of the one document in the file. A repeated key (the last would silently win) and a
     * second document (it would silently be ignored) are errors naming the line.
     */
    private static JsonNode readSingleDocument(String fileName, String yaml) throws InvalidSpecException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonNode tree = YAML.readTree(parser);
            if (parser.nextToken() != null) {
                int line = documentMarkerLine(yaml, parser.currentTokenLocation().getLineNr());
                throw new InvalidSpecException(List.of(new SpecProblem(fileName, "", "a second YAML document starts at"
                        + " line " + line + ": a spec file holds one migration, so one document (remove the '---' line"
                        + " and what follows, or move it to a file of its own)")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            String path = "";
            if (message.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser p) {
                path = FieldPath.of(p.getParsingContext().pathAsPointer());
                message = "the key '" + p.getParsingContext().getCurrentName() + "' appears twice in the same mapping"
                        + " (only one value can hold: remove one of them)";
            }
            throw new InvalidSpecException(List.of(new SpecProblem(fileName, path, "not valid YAML" + at(e.getLocation())
                    + ": " + message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of the {@code ---} that opens the document whose first token is on {@code tokenLine}. */
    private static int documentMarkerLine(String yaml, int tokenLine) {
        List<String> lines = yaml.lines().toList();
        for (int i = Math.min(tokenLine, lines.size()) - 1; i >= 0; i--) {
            if (lines.get(i).matches("---(\\s.*)?")) {
                return i + 1;
            }
        }
        return tokenLine;
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
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
            if ("pattern".equals(m.getType()) && m.getInstanceNode() != null && m.getInstanceNode().isTextual()) {
                message = "'" + m.getInstanceNode().textValue() + "' is not " + message;
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
            // "message" in the schema says in words what a pattern expects, so no problem quotes a regular expression
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.LEGACY)
                    .errorMessageKeyword("message").build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
