package io.zkmig.sandbox.aws;

/**
 * The AWS accounts the sandbox plays in the emulator. LocalStack and moto take a 12-digit access key id as the
 * account; any secret is accepted. The legacy account is the one {@code stacks/examples/local.yaml} names; the
 * Instaclustr account is the requester of the bridge's peering, reached through an assumed role so that moto
 * (which maps an assumed role's keys to the role's account) and LocalStack behave alike.
 */
public final class EmulatorAccounts {
    public static final String REGION = "us-east-1";
    public static final String LEGACY = "123456789012";
    public static final String INSTACLUSTR = "210987654321";
    public static final String INSTACLUSTR_ROLE = "arn:aws:iam::" + INSTACLUSTR + ":role/zkmig-sandbox-instaclustr";
    /** Emulators check no signature: this stands in for a secret and is no secret. */
    public static final String EMULATOR_SECRET = "emulator";

    private EmulatorAccounts() {
    }
}
