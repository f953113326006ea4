package io.zkmig.cloud;

import io.zkmig.spec.AwsNetwork;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The SDK clients zkmig reads and snapshots the legacy account with: the spec's region, its endpoint override
 * when it names one (an emulator, a private endpoint), and credentials from the spec's profile or else the
 * SDK's default chain (environment, shared files, SSO, instance or task role). No key is ever read from the spec.
 */
public final class AwsSession implements AutoCloseable {
    private final AwsNetwork network;
    private final Ec2Client ec2;

    private AwsSession(AwsNetwork network, Ec2Client ec2) {
        this.network = network;
        this.ec2 = ec2;
    }

    public static AwsSession of(AwsNetwork network) {
        // bounded, so an endpoint that does not answer is a finding within seconds, not a hung command
        var builder = Ec2Client.builder().region(Region.of(network.region())).credentialsProvider(credentials(network.profile()))
                .overrideConfiguration(c -> c.apiCallAttemptTimeout(Duration.ofSeconds(10)).apiCallTimeout(Duration.ofSeconds(30)));
        if (network.endpoint() != null) {
            builder.endpointOverride(URI.create(network.endpoint()));
        }
        return new AwsSession(network, builder.build());
    }

    /** The spec's profile, else the default chain. */
    public static AwsCredentialsProvider credentials(String profile) {
        return profile == null || profile.isBlank() ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(profile).build();
    }

    /**
     * An S3 client on the same terms: the region (else the SDK's default region chain), the endpoint override
     * when given (then path-style addressing, which emulators and private endpoints need), the profile or the
     * default chain.
     */
    public static S3Client s3(String region, String endpoint, String profile) {
        var builder = S3Client.builder().credentialsProvider(credentials(profile));
        if (region != null && !region.isBlank()) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        return builder.build();
    }

    public AwsNetwork network() {
        return network;
    }

    public Ec2Client ec2() {
        return ec2;
    }

    /** Where the calls go, for messages: the endpoint override or the region's public endpoint. */
    public String describe() {
        return (network.endpoint() != null ? network.endpoint() : "EC2 in " + network.region())
                + (network.profile() != null ? " as profile " + network.profile() : "");
    }

    @Override
    public void close() {
        ec2.close();
    }
}
