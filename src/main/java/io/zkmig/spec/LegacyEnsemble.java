package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** The self-managed ensemble being migrated away from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegacyEnsemble(List<ServerSpec> servers, AwsNetwork network, SecretRef superUser) {
    public LegacyEnsemble {
        servers = List.copyOf(servers);
    }

    public Optional<AwsNetwork> awsNetwork() {
        return Optional.ofNullable(network);
    }
}
