package io.zkmig.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The desired stage of a migration, in the order a migration passes through them. */
public enum Stage {
    DEFINE, PROVISION, CONNECT, OBSERVE, VERIFY, CUTOVER, SPLIT, DISCONNECT, DECOMMISSION;

    @JsonValue
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Stage fromYaml(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean atLeast(Stage other) {
        return compareTo(other) >= 0;
    }
}
