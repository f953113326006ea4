package io.zkmig.sandbox.controlplane;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The one API user of the control plane and its provisioning API key. The provider sends
 * {@code Authorization: Instaclustr-Terraform <user>:<key>} (its terraform_key, verbatim); other clients may use
 * HTTP Basic with the same pair. The key never leaves this class: not in messages, logs or toString.
 */
public final class ApiCredentials {
    static final String TERRAFORM_SCHEME = "Instaclustr-Terraform ";
    static final String BASIC_SCHEME = "Basic ";

    private final String user;
    private final byte[] key;

    public ApiCredentials(String user, String key) {
        if (user == null || user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("the API user name must be non-empty and contain no ':'");
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the API key must not be empty");
        }
        this.user = user;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    public String user() {
        return user;
    }

    /** The provider argument for these credentials: {@code Instaclustr-Terraform <user>:<key>}. */
    public String terraformKey() {
        return TERRAFORM_SCHEME + user + ":" + new String(key, StandardCharsets.UTF_8);
    }

    /** Throws 401 unless the header carries this user and key. */
    void authorize(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            throw ApiError.unauthorized("Missing Authorization header: send 'Instaclustr-Terraform <username>:<provisioning API key>' (the provider's terraform_key) or HTTP Basic credentials");
        }
        String pair;
        if (authorizationHeader.startsWith(TERRAFORM_SCHEME)) {
            pair = authorizationHeader.substring(TERRAFORM_SCHEME.length()).trim();
        } else if (authorizationHeader.startsWith(BASIC_SCHEME)) {
            try {
                pair = new String(Base64.getDecoder().decode(authorizationHeader.substring(BASIC_SCHEME.length()).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiError.unauthorized("Malformed HTTP Basic credentials");
            }
        } else {
            throw ApiError.unauthorized("Unsupported Authorization scheme: expected 'Instaclustr-Terraform <username>:<provisioning API key>' or HTTP Basic");
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            throw ApiError.unauthorized("Malformed credentials: expected <username>:<provisioning API key>");
        }
        boolean userMatches = MessageDigest.isEqual(pair.substring(0, colon).getBytes(StandardCharsets.UTF_8),
                user.getBytes(StandardCharsets.UTF_8));
        boolean keyMatches = MessageDigest.isEqual(pair.substring(colon + 1).getBytes(StandardCharsets.UTF_8), key);
        if (!userMatches || !keyMatches) {
            throw ApiError.unauthorized("Not authorized: invalid username or provisioning API key");
        }
    }

    @Override
    public String toString() {
        return "ApiCredentials[user=" + user + ", key=****]";
    }
}
