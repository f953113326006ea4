package io.zkmig.spec;

import com.fasterxml.jackson.core.JsonPointer;

/** A field path as problems name it: {@code legacy.servers[1].id}. */
final class FieldPath {
    private FieldPath() {
    }

    /** {@code /legacy/servers/1/id} → {@code legacy.servers[1].id}. */
    static String of(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return path.toString();
    }
}
