package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code TwoFactorDeleteSettingsV2}: who confirms a deletion of the cluster. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TwoFactorDeleteV2(String confirmationEmail, String confirmationPhoneNumber) {
}
