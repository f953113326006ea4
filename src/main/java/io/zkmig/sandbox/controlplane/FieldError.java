package io.zkmig.sandbox.controlplane;

/** One problem with a request, named by the request field it is about ("" for the request as a whole). */
public record FieldError(String name, String message) {
}
