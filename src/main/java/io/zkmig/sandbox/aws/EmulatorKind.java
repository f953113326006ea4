package io.zkmig.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The AWS emulators the sandbox runs, each a Python module in its own virtual environment under the
 * tools folder (scripts/bootstrap-tools.sh): LocalStack in host mode, or moto's server as the fallback.
 * {@code ZKMIG_AWS_EMULATOR=moto} switches every test and sandbox command to moto.
 */
public enum EmulatorKind {
    LOCALSTACK("localstack", "LocalStack", "localstackPython", "localstack.runtime.main", "/_localstack/health"),
    MOTO("moto", "moto", "motoPython", "moto.server", "/moto-api/");

    public static final String SWITCH = "ZKMIG_AWS_EMULATOR";
    /** The services zkmig uses: EC2 (bridge check, inventory, snapshots), S3 (ledger, Terraform state), STS. */
    public static final String SERVICES = "ec2,s3,sts";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final String displayName;
    private final String toolsProperty;
    private final String module;
    private final String healthPath;

    EmulatorKind(String id, String displayName, String toolsProperty, String module, String healthPath) {
        this.id = id;
        this.displayName = displayName;
        this.toolsProperty = toolsProperty;
        this.module = module;
        this.healthPath = healthPath;
    }

    /** {@value #SWITCH}: {@code localstack} (the default) or {@code moto}. */
    public static EmulatorKind fromEnvironment(Map<String, String> environment) {
        String value = environment.getOrDefault(SWITCH, "").trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return LOCALSTACK;
        }
        for (EmulatorKind kind : values()) {
            if (kind.id.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(SWITCH + "=" + value + " is not an AWS emulator zkmig runs: use localstack or moto");
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The key in tools.properties that names this emulator's Python. */
    String toolsProperty() {
        return toolsProperty;
    }

    String module() {
        return module;
    }

    String healthPath() {
        return healthPath;
    }

    /** The module's arguments after {@code -m <module>}. */
    List<String> arguments(String host, int port) {
        return this == MOTO ? List.of("-H", host, "-p", String.valueOf(port)) : List.of();
    }

    /**
     * The emulator's environment. LocalStack: host mode on one loopback port, only {@link #SERVICES}, no DNS
     * server (it would probe the internet), no analytics events, no test-certificate download, and every file
     * it writes under {@code dir} ({@code OVERRIDE_IN_DOCKER=0}: this machine looks like a container to it, and
     * it would then write to /var/lib/localstack).
     */
    Map<String, String> environment(String host, int port, Path dir) {
        if (this == MOTO) {
            return Map.of("HOME", dir.resolve("home").toString());
        }
        return Map.of(
                "GATEWAY_LISTEN", host + ":" + port,
                "SERVICES", SERVICES,
                "DNS_ADDRESS", "0",
                "DISABLE_EVENTS", "1",
                "SKIP_SSL_CERT_DOWNLOAD", "1",
                "OVERRIDE_IN_DOCKER", "0",
                "FILESYSTEM_ROOT", dir.resolve("filesystem").toString(),
                "HOME", dir.resolve("home").toString());
    }

    /** True when the health document says every service zkmig uses is up. */
    boolean healthy(int status, String body) {
        if (status != 200) {
            return false;
        }
        if (this == MOTO) {
            return true;
        }
        try {
            JsonNode services = JSON.readTree(body).path("services");
            for (String service : SERVICES.split(",")) {
                String state = services.path(service).asText("");
                if (!state.equals("available") && !state.equals("running")) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
