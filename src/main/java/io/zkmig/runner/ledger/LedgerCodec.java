package io.zkmig.runner.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A ledger record as one line of JSON and back (the format: docs/ledger.md). Reading checks every field it
 * knows and keeps the ones it does not; a line that is not a record is a {@link BadRecord} with the reason.
 */
final class LedgerCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> KNOWN = Set.of("v", "seq", "at", "kind", "step", "subject", "status", "details");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private LedgerCodec() {
    }

    /** A line that is not a ledger record, and why. */
    static final class BadRecord extends Exception {
        BadRecord(String reason) {
            super(reason);
        }
    }

    /** True when the text is one complete JSON value (a torn write never is). */
    static boolean isJson(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && !node.isMissingNode();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    static String encode(LedgerEntry e) {
        ObjectNode line = JSON.createObjectNode();
        line.put("v", e.v());
        line.put("seq", e.seq());
        line.put("at", e.at().toString());
        line.put("kind", e.kind().label());
        line.put("step", e.step());
        if (!e.subject().isEmpty()) {
            line.put("subject", e.subject());
        }
        line.put("status", e.status().name());
        if (!e.details().isEmpty()) {
            line.set("details", JSON.valueToTree(e.details()));
        }
        e.unknown().forEach((k, v) -> line.set(k, JSON.valueToTree(v)));
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("a ledger record must be plain JSON values: " + ex.getOriginalMessage(), ex);
        }
    }

    static LedgerEntry decode(String line) throws BadRecord {
        if (line.isBlank()) {
            throw new BadRecord("the line is blank");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRecord("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadRecord("not a ledger record: " + (node == null || node.isNull() ? "null" : "a JSON " + node.getNodeType().name().toLowerCase()));
        }
        int v = version(node);
        long seq = required(node, "seq").canConvertToLong() && node.get("seq").isIntegralNumber()
                ? node.get("seq").asLong() : -1;
        if (seq < 1) {
            throw new BadRecord("\"seq\" must be a whole number from 1, not " + node.get("seq"));
        }
        Instant at;
        try {
            at = Instant.parse(text(node, "at"));
        } catch (DateTimeParseException e) {
            throw new BadRecord("\"at\" must be a UTC time like 2026-01-31T12:00:00Z, not " + node.get("at"));
        }
        String step = text(node, "step");
        if (step.isBlank()) {
            throw new BadRecord("\"step\" is empty");
        }
        LedgerEntry.Kind kind = node.has("kind") ? kind(node, v) : StepNames.kindOf(step);
        String subject = node.has("subject") ? text(node, "subject") : "";
        LedgerEntry.Status status = status(node, v);
        Map<String, Object> details = Map.of();
        if (node.has("details")) {
            if (!node.get("details").isObject()) {
                throw new BadRecord("\"details\" must be a JSON object, not " + node.get("details"));
            }
            details = JSON.convertValue(node.get("details"), MAP);
        }
        Map<String, Object> unknown = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!KNOWN.contains(f.getKey())) {
                unknown.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
            }
        }
        return new LedgerEntry(v, seq, at, kind, step, subject, status, details, unknown);
    }

    private static int version(JsonNode node) throws BadRecord {
        if (!node.has("v")) {
            return 0;
        }
        JsonNode v = node.get("v");
        if (!v.isIntegralNumber() || v.asInt() < 1) {
            throw new BadRecord("\"v\" (the record format) must be a whole number from 1, not " + v);
        }
        return v.asInt();
    }

    private static LedgerEntry.Kind kind(JsonNode node, int v) throws BadRecord {
        String k = text(node, "kind");
        return LedgerEntry.Kind.ofLabel(k).orElseThrow(() -> new BadRecord("\"kind\" is " + node.get("kind")
                + ", expected one of " + Arrays.stream(LedgerEntry.Kind.values()).map(LedgerEntry.Kind::label).toList()
                + newer(v)));
    }

    private static String newer(int v) {
        return v > LedgerEntry.FORMAT ? " (the record is format v" + v + ", newer than this zkmig's v" + LedgerEntry.FORMAT
                + ": use the zkmig that wrote it)" : "";
    }

    private static LedgerEntry.Status status(JsonNode node, int v) throws BadRecord {
        String s = text(node, "status");
        try {
            return LedgerEntry.Status.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new BadRecord("\"status\" is " + node.get("status") + ", expected one of "
                    + Arrays.toString(LedgerEntry.Status.values()) + newer(v));
        }
    }

    private static JsonNode required(JsonNode node, String field) throws BadRecord {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new BadRecord("the field \"" + field + "\" is missing");
        }
        return value;
    }

    private static String text(JsonNode node, String field) throws BadRecord {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new BadRecord("\"" + field + "\" must be a string, not " + value);
        }
        return value.asText();
    }
}
