package io.zkmig.sandbox.controlplane;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request so that one answer reports them all. */
final class Problems {
    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ApiError(400, errors);
        }
    }
}
