package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code GcpSettingsV2}: GCP specific settings of a data centre. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GcpSettingsV2(String customVirtualNetworkId) {
}
