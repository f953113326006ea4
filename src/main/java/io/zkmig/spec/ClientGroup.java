package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** A group of clients that move together (one rolling restart), with its connect strings before and after. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientGroup(String name, String owner, Connection connection, String before, String after,
                          List<String> addresses, List<String> latchPaths) {

    /**
     * How a client finds its servers. Curator's EnsembleTracker (on by default) rewrites the connection
     * string from /zookeeper/config, so such clients move at the split by themselves; clients with a fixed
     * connect string must be restarted onto the target before the legacy servers stop.
     */
    public enum Connection {
        FOLLOWS_CONFIG("follows-config"), FIXED("fixed");

        private final String yaml;

        Connection(String yaml) {
            this.yaml = yaml;
        }

        @JsonValue
        public String yaml() {
            return yaml;
        }

        @JsonCreator
        public static Connection fromYaml(String value) {
            for (Connection c : values()) {
                if (c.yaml.equals(value)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(value);
        }
    }

    public ClientGroup {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        latchPaths = latchPaths == null ? List.of() : List.copyOf(latchPaths);
    }
}
