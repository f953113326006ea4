package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Credentials the migration needs, all by reference. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Credentials(Instaclustr instaclustr) {

    /** The Instaclustr Terraform key is {@code Instaclustr-Terraform <user>:<apiKey>}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Instaclustr(String user, SecretRef apiKey, String apiUrl) {
    }
}
