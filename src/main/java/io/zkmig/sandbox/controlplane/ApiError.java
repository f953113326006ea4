package io.zkmig.sandbox.controlplane;

import java.util.List;

/**
 * An answer other than success: an HTTP status and the problems it reports. Messages name fields and
 * values of the request, never credentials.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final List<FieldError> errors;

    public ApiError(int status, List<FieldError> errors) {
        super(status + " " + errors);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ApiError badRequest(String field, String message) {
        return new ApiError(400, List.of(new FieldError(field, message)));
    }

    public static ApiError notFound(String what, String id) {
        return new ApiError(404, List.of(new FieldError("", what + " " + id + " was not found")));
    }

    public static ApiError conflict(String field, String message) {
        return new ApiError(409, List.of(new FieldError(field, message)));
    }

    public static ApiError unauthorized(String message) {
        return new ApiError(401, List.of(new FieldError("", message)));
    }

    public int status() {
        return status;
    }

    public ErrorBody body() {
        return new ErrorBody(errors);
    }
}
