package io.zkmig.sandbox.demo;

import io.zkmig.sandbox.controlplane.ApiCredentials;
import io.zkmig.sandbox.controlplane.ControlPlane;
import io.zkmig.sandbox.controlplane.ControlPlaneLog;
import io.zkmig.sandbox.controlplane.ControlPlaneSettings;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.ServerSpec;
import io.zkmig.spec.StateFolder;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;

/**
 * The local Instaclustr control plane as the demo runs it: in the demo's own process, on a free port,
 * laying the nodes of the cluster it provisions out where the spec's {@code target.servers} say, and requesting the
 * bridge's VPC peering in the demo's AWS emulator.
 */
final class DemoControlPlane {
    private DemoControlPlane() {
    }

    /** It requests its VPC peerings in the AWS emulator at {@code awsEmulator}, as the Instaclustr account. */
    static ControlPlane start(MigrationSpec spec, String apiKey, URI awsEmulator) {
        ServerSpec first = spec.target().servers().get(0);
        String user = spec.credentials() != null && spec.credentials().instaclustr() != null
                ? spec.credentials().instaclustr().user() : "zkmig";
        ControlPlaneSettings settings = ControlPlaneSettings.defaults(spec.stateDir().resolve(StateFolder.CONTROL_PLANE),
                        new ApiCredentials(user, apiKey))
                .withPort(0)
                .withNodeLayout(first.host(), first.clientPort(), first.quorumPort(), first.electionPort(),
                        first.adminPort(), first.id())
                .withReconfigEnabled(true)
                .withAwsEmulator(awsEmulator);
        return ControlPlane.start(settings, new ControlPlaneLog(new PrintStream(OutputStream.nullOutputStream())));
    }
}
