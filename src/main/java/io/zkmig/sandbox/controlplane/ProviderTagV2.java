package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code ProviderTagV2}: a custom tag of a data centre. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProviderTagV2(String key, String value) {
}
