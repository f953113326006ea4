package io.zkmig.sandbox.controlplane;

import io.zkmig.sandbox.aws.InstaclustrSide;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;

/** The Instaclustr account's side of a peering in the sandbox's AWS emulator (LocalStack or moto). */
final class EmulatorPeeringSide implements PeeringAwsSide {
    private final URI endpoint;

    EmulatorPeeringSide(URI endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public Optional<String> request(String dataCentreCidr, String peerAccount, String peerVpc, String peerRegionCode) {
        return Optional.of(InstaclustrSide.requestPeering(endpoint, dataCentreCidr, peerAccount, peerVpc,
                awsRegion(peerRegionCode)));
    }

    @Override
    public String status(String connectionId) {
        try {
            return InstaclustrSide.status(endpoint, connectionId);
        } catch (IndexOutOfBoundsException e) {
            return DELETED;
        } catch (Ec2Exception e) {
            if (notFound(e)) {
                return DELETED;
            }
            throw e;
        }
    }

    @Override
    public void delete(String connectionId) {
        try {
            InstaclustrSide.deletePeering(endpoint, connectionId);
        } catch (Ec2Exception e) {
            if (!notFound(e)) {
                throw e;
            }
        }
    }

    /** The API's region codes (US_EAST_1) as AWS names them (us-east-1). */
    static String awsRegion(String regionCode) {
        return regionCode.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean notFound(Ec2Exception e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
                && e.awsErrorDetails().errorCode().contains("NotFound");
    }
}
