package io.zkmig.nodes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * What a target server ran with before zkmig's first change: its zoo.cfg (and the dynamic file it named),
 * whether it was serving, and the data folders zkmig made for it since. Kept in the migration's state folder
 * ({@code nodes/server-<id>/original.json}) until a rollback puts it back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OriginalConfig(int serverId, String configFile, String config, String dynamicFile, String dynamic,
                             boolean wasServing, List<String> createdDataDirs) {

    public OriginalConfig {
        createdDataDirs = createdDataDirs == null ? List.of() : List.copyOf(createdDataDirs);
    }

    /** The configuration as one text: zoo.cfg with its dynamic file's lines appended. */
    public ZooCfg combined() {
        return ZooCfg.parse(config + "\n" + (dynamic == null ? "" : dynamic));
    }

    public OriginalConfig withCreatedDataDir(String dir) {
        if (createdDataDirs.contains(dir)) {
            return this;
        }
        List<String> dirs = new ArrayList<>(createdDataDirs);
        dirs.add(dir);
        return new OriginalConfig(serverId, configFile, config, dynamicFile, dynamic, wasServing, dirs);
    }
}
