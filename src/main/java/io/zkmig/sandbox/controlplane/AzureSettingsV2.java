package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code AzureSettingsV2}: Azure specific settings of a data centre. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AzureSettingsV2(String storageNetwork, String customVirtualNetworkId, String resourceGroup) {
}
