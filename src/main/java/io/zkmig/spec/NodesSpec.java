package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How the runner changes a target server's configuration and restarts it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodesSpec(String mode, Ssh ssh) {

    public static final NodesSpec LOCAL = new NodesSpec("local", null);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ssh(String user, Integer port, SecretRef privateKey, String knownHosts, String configDir,
                      String restartCommand, String stopCommand) {
        public Ssh {
            port = port == null ? 22 : port;
        }
    }
}
