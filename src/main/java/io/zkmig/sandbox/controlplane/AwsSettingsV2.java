package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code AwsSettingsV2}: AWS specific settings of a data centre. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwsSettingsV2(String ebsEncryptionKey, String customVirtualNetworkId, String storageNetwork) {
}
