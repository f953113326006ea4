package io.zkmig.ensemble;

import io.zkmig.spec.ServerSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Probes every server of a side at once. */
public final class EnsembleProbe {
    private EnsembleProbe() {
    }

    public static List<ServerStatus> probe(List<ServerSpec> servers) {
        List<CompletableFuture<ServerStatus>> futures = servers.stream()
                .map(s -> CompletableFuture.supplyAsync(() -> ServerProbe.probe(s.id(), s.host(), s.clientPort())))
                .toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }
}
