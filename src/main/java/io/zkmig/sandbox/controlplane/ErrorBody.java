package io.zkmig.sandbox.controlplane;

import java.util.List;

/** The body of every error answer: {@code {"errors":[{"name":"dataCentres[0].nodeSize","message":"..."}]}}. */
public record ErrorBody(List<FieldError> errors) {
}
