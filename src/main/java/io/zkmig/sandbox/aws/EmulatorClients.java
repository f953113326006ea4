package io.zkmig.sandbox.aws;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * SDK clients for the sandbox's own work in the emulator (fixtures, the Instaclustr side's peering request),
 * acting as one of {@link EmulatorAccounts}. zkmig's product code builds its clients from the spec instead.
 */
public final class EmulatorClients {
    private EmulatorClients() {
    }

    public static Ec2Client ec2(URI endpoint, String account) {
        return Ec2Client.builder().endpointOverride(endpoint).region(Region.of(EmulatorAccounts.REGION))
                .credentialsProvider(keys(account)).build();
    }

    public static S3Client s3(URI endpoint, String account) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(EmulatorAccounts.REGION))
                .forcePathStyle(true).credentialsProvider(keys(account)).build();
    }

    public static StsClient sts(URI endpoint, String account) {
        return StsClient.builder().endpointOverride(endpoint).region(Region.of(EmulatorAccounts.REGION))
                .credentialsProvider(keys(account)).build();
    }

    /** STS as the Instaclustr account, through its role (see {@link EmulatorAccounts}). */
    public static StsClient instaclustrSts(URI endpoint) {
        return StsClient.builder().endpointOverride(endpoint).region(Region.of(EmulatorAccounts.REGION))
                .credentialsProvider(instaclustr(endpoint)).build();
    }

    /** EC2 as the Instaclustr account. */
    public static Ec2Client instaclustrEc2(URI endpoint) {
        return Ec2Client.builder().endpointOverride(endpoint).region(Region.of(EmulatorAccounts.REGION))
                .credentialsProvider(instaclustr(endpoint)).build();
    }

    private static AwsCredentialsProvider instaclustr(URI endpoint) {
        StsClient legacySts = sts(endpoint, EmulatorAccounts.LEGACY);
        return StsAssumeRoleCredentialsProvider.builder().stsClient(legacySts)
                .refreshRequest(r -> r.roleArn(EmulatorAccounts.INSTACLUSTR_ROLE).roleSessionName("zkmig-sandbox"))
                .asyncCredentialUpdateEnabled(false).build();
    }

    static AwsCredentialsProvider keys(String account) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(account, EmulatorAccounts.EMULATOR_SECRET));
    }
}
