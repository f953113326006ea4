package io.zkmig.sandbox.controlplane;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The ZooKeeper node sizes Instaclustr offers per cloud provider and region, with their lifecycle state. */
final class NodeSizeCatalog {
    static final String GENERAL_AVAILABILITY = "General Availability";
    static final String DEPRECATED = "Deprecated";

    private final Map<String, Map<String, String>> lifecycleBySizeByPlace;

    private NodeSizeCatalog(Map<String, Map<String, String>> lifecycleBySizeByPlace) {
        this.lifecycleBySizeByPlace = lifecycleBySizeByPlace;
    }

    static NodeSizeCatalog load() {
        Map<String, Map<String, String>> table = new HashMap<>();
        try (InputStream in = NodeSizeCatalog.class.getResourceAsStream("/controlplane/aws-node-sizes.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                table.computeIfAbsent(place(f[0], f[1]), k -> new HashMap<>()).put(f[2], f[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NodeSizeCatalog(table);
    }

    boolean knowsRegion(String cloudProvider, String region) {
        return lifecycleBySizeByPlace.containsKey(place(cloudProvider, region));
    }

    Set<String> regions(String cloudProvider) {
        Set<String> regions = new TreeSet<>();
        lifecycleBySizeByPlace.keySet().stream().filter(k -> k.startsWith(cloudProvider + "/"))
                .forEach(k -> regions.add(k.substring(cloudProvider.length() + 1)));
        return regions;
    }

    /** The size's lifecycle state in that region, empty if the size is not offered there. */
    Optional<String> lifecycle(String cloudProvider, String region, String nodeSize) {
        return Optional.ofNullable(lifecycleBySizeByPlace.getOrDefault(place(cloudProvider, region), Map.of()).get(nodeSize));
    }

    Set<String> availableSizes(String cloudProvider, String region) {
        Set<String> sizes = new TreeSet<>();
        lifecycleBySizeByPlace.getOrDefault(place(cloudProvider, region), Map.of()).forEach((size, state) -> {
            if (GENERAL_AVAILABILITY.equals(state)) {
                sizes.add(size);
            }
        });
        return sizes;
    }

    static boolean isDeveloperSize(String nodeSize) {
        return nodeSize.contains("-DEV-") || nodeSize.contains("developer");
    }

    private static String place(String cloudProvider, String region) {
        return cloudProvider + "/" + region;
    }
}
