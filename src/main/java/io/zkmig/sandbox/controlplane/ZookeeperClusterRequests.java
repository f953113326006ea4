package io.zkmig.sandbox.controlplane;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads ZooKeeper cluster requests as the API does: read-only fields are ignored, empty values count as
 * absent (the provider sends "" and [] for optional nested fields left out), and every rule the published
 * docs state is checked, all problems reported at once.
 */
final class ZookeeperClusterRequests {
    private static final Pattern CLUSTER_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]*");
    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");
    private static final Pattern EMAIL = Pattern.compile(
            "^(([\\s]*[^<>()\\[\\]\\\\.,;:@\\s\"]+(\\.[^<>()\\[\\]\\\\.,;:\\s@\"]+)*))@((\\[\\d{1,3}(\\.\\d{1,3}){3}])|(([a-zA-Z\\-0-9]+\\.)+[a-zA-Z]{2,}[\\s]*))$");
    private static final Pattern PHONE = Pattern.compile("^(?![\\s])[\\-\\s\\(\\)\\+0-9]*$");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> SLA_TIERS = Set.of("PRODUCTION", "NON_PRODUCTION");
    private static final Set<String> CLOUD_PROVIDERS = Set.of("AWS_VPC", "GCP", "AZURE", "AZURE_AZ", "ONPREMISES");
    private static final Set<String> AUTH_SCHEMES = Set.of("NONE", "SASL");
    private static final Set<Integer> NODE_COUNTS = Set.of(3, 5);

    private ZookeeperClusterRequests() {
    }

    /** The request's input fields only, with empty values as absent; tags keep the request's order (docs/control-plane.md). */
    static ZookeeperClusterV2 normalize(ZookeeperClusterV2 request) {
        List<ZookeeperDataCentreV2> dataCentres = request.dataCentres() == null ? null
                : request.dataCentres().stream().map(ZookeeperClusterRequests::normalize).toList();
        List<TwoFactorDeleteV2> twoFactorDelete = emptyToNull(request.twoFactorDelete() == null ? null
                : request.twoFactorDelete().stream()
                .map(t -> new TwoFactorDeleteV2(blankToNull(t.confirmationEmail()), blankToNull(t.confirmationPhoneNumber())))
                .toList());
        return new ZookeeperClusterV2(null, request.name(), request.zookeeperVersion(), request.slaTier(),
                request.privateNetworkCluster(), blankToNull(request.description()), twoFactorDelete, dataCentres,
                null, null);
    }

    private static ZookeeperDataCentreV2 normalize(ZookeeperDataCentreV2 dc) {
        List<ProviderTagV2> tags = emptyToNull(dc.tags() == null ? null : dc.tags().stream()
                .map(t -> new ProviderTagV2(t.key(), blankToNull(t.value())))
                .toList());
        List<AwsSettingsV2> aws = emptyToNull(dc.awsSettings() == null ? null : dc.awsSettings().stream()
                .map(s -> new AwsSettingsV2(blankToNull(s.ebsEncryptionKey()), blankToNull(s.customVirtualNetworkId()),
                        blankToNull(s.storageNetwork())))
                .toList());
        List<GcpSettingsV2> gcp = emptyToNull(dc.gcpSettings() == null ? null : dc.gcpSettings().stream()
                .map(s -> new GcpSettingsV2(blankToNull(s.customVirtualNetworkId()))).toList());
        List<AzureSettingsV2> azure = emptyToNull(dc.azureSettings() == null ? null : dc.azureSettings().stream()
                .map(s -> new AzureSettingsV2(blankToNull(s.storageNetwork()), blankToNull(s.customVirtualNetworkId()),
                        blankToNull(s.resourceGroup())))
                .toList());
        return new ZookeeperDataCentreV2(null, dc.name(), dc.cloudProvider(), dc.region(), dc.nodeSize(),
                dc.numberOfNodes(), dc.network(), blankToNull(dc.providerAccountName()), dc.clientToServerEncryption(),
                dc.enforceAuthEnabled(), emptyToNull(dc.enforceAuthSchemes()), dc.zeroInboundAccess(),
                emptyToNull(dc.customSubjectAlternativeNames()), dc.tagManagementEnabled(), tags, aws, gcp, azure,
                null, null, null);
    }

    /** Checks a normalized creation request against the docs' rules and what this control plane offers. */
    static void validate(ZookeeperClusterV2 c, NodeSizeCatalog catalog, List<String> versions) {
        Problems problems = new Problems();
        if (c.name() == null || c.name().isBlank()) {
            problems.add("name", "name is required");
        } else if (!CLUSTER_NAME.matcher(c.name()).matches()) {
            problems.add("name", "name '" + c.name() + "' must match " + CLUSTER_NAME.pattern());
        }
        if (c.zookeeperVersion() == null) {
            problems.add("zookeeperVersion", "zookeeperVersion is required");
        } else if (!VERSION.matcher(c.zookeeperVersion()).matches()) {
            problems.add("zookeeperVersion", "zookeeperVersion '" + c.zookeeperVersion() + "' must match " + VERSION.pattern());
        } else if (!versions.contains(c.zookeeperVersion())) {
            problems.add("zookeeperVersion", "Apache ZooKeeper " + c.zookeeperVersion()
                    + " is not available. Available versions: " + String.join(", ", versions));
        }
        if (c.slaTier() == null) {
            problems.add("slaTier", "slaTier is required");
        } else if (!SLA_TIERS.contains(c.slaTier())) {
            problems.add("slaTier", "slaTier '" + c.slaTier() + "' must be one of " + sorted(SLA_TIERS));
        }
        if (c.privateNetworkCluster() == null) {
            problems.add("privateNetworkCluster", "privateNetworkCluster is required");
        }
        validateTwoFactorDelete(c.twoFactorDelete(), problems);
        if (c.dataCentres() == null || c.dataCentres().isEmpty()) {
            problems.add("dataCentres", "dataCentres must have at least 1 item");
        } else if (c.dataCentres().size() > 1) {
            problems.add("dataCentres", "a ZooKeeper cluster has exactly one data centre, got " + c.dataCentres().size());
        } else {
            validateDataCentre(c.dataCentres().get(0), "dataCentres[0]", c.slaTier(), catalog, problems);
        }
        problems.throwIfAny();
    }

    private static void validateDataCentre(ZookeeperDataCentreV2 dc, String at, String slaTier, NodeSizeCatalog catalog,
                                           Problems problems) {
        require(dc.name(), at + ".name", problems);
        boolean knownProvider = false;
        if (dc.cloudProvider() == null) {
            problems.add(at + ".cloudProvider", "cloudProvider is required");
        } else if (!CLOUD_PROVIDERS.contains(dc.cloudProvider())) {
            problems.add(at + ".cloudProvider", "cloudProvider '" + dc.cloudProvider() + "' must be one of " + sorted(CLOUD_PROVIDERS));
        } else {
            knownProvider = true;
        }
        boolean knownRegion = false;
        if (dc.region() == null) {
            problems.add(at + ".region", "region is required");
        } else if (knownProvider && !catalog.knowsRegion(dc.cloudProvider(), dc.region())) {
            problems.add(at + ".region", "Apache ZooKeeper is not offered in region '" + dc.region() + "' of "
                    + dc.cloudProvider() + ". Regions: " + String.join(", ", catalog.regions(dc.cloudProvider())));
        } else {
            knownRegion = knownProvider;
        }
        if (dc.nodeSize() == null) {
            problems.add(at + ".nodeSize", "nodeSize is required");
        } else if (knownRegion) {
            String lifecycle = catalog.lifecycle(dc.cloudProvider(), dc.region(), dc.nodeSize()).orElse(null);
            if (lifecycle == null) {
                problems.add(at + ".nodeSize", "Node size '" + dc.nodeSize() + "' is not a valid Apache ZooKeeper node size for "
                        + dc.cloudProvider() + " in " + dc.region() + ". Available node sizes: "
                        + String.join(", ", catalog.availableSizes(dc.cloudProvider(), dc.region())));
            } else if (NodeSizeCatalog.DEPRECATED.equals(lifecycle)) {
                problems.add(at + ".nodeSize", "Node size '" + dc.nodeSize() + "' is deprecated and cannot be used for new data centres");
            } else if ("PRODUCTION".equals(slaTier) && NodeSizeCatalog.isDeveloperSize(dc.nodeSize())) {
                problems.add(at + ".nodeSize", "Production SLA tier is not available with Developer class node size '"
                        + dc.nodeSize() + "'; use slaTier NON_PRODUCTION or a production node size");
            }
        }
        if (dc.numberOfNodes() == null) {
            problems.add(at + ".numberOfNodes", "numberOfNodes is required");
        } else if (!NODE_COUNTS.contains(dc.numberOfNodes())) {
            problems.add(at + ".numberOfNodes", "an Apache ZooKeeper data centre has 3 or 5 nodes, not " + dc.numberOfNodes());
        }
        if (dc.network() == null) {
            problems.add(at + ".network", "network is required");
        } else {
            PrivateNetworks.problem(dc.network(), 16, 26).ifPresent(p -> problems.add(at + ".network", p));
        }
        if (dc.enforceAuthSchemes() != null) {
            for (int i = 0; i < dc.enforceAuthSchemes().size(); i++) {
                if (!AUTH_SCHEMES.contains(dc.enforceAuthSchemes().get(i))) {
                    problems.add(at + ".enforceAuthSchemes[" + i + "]", "'" + dc.enforceAuthSchemes().get(i)
                            + "' must be one of " + sorted(AUTH_SCHEMES));
                }
            }
        }
        int settingsBlocks = (dc.awsSettings() != null ? 1 : 0) + (dc.gcpSettings() != null ? 1 : 0) + (dc.azureSettings() != null ? 1 : 0);
        if (settingsBlocks > 1) {
            problems.add(at, "awsSettings, gcpSettings and azureSettings cannot be provided together");
        }
        settingsMismatch(dc.awsSettings(), "AWS_VPC", dc.cloudProvider(), at + ".awsSettings", problems);
        settingsMismatch(dc.gcpSettings(), "GCP", dc.cloudProvider(), at + ".gcpSettings", problems);
        if (dc.azureSettings() != null && dc.cloudProvider() != null && !dc.cloudProvider().startsWith("AZURE")) {
            problems.add(at + ".azureSettings", "azureSettings cannot be provided for cloudProvider " + dc.cloudProvider());
        }
        if (dc.awsSettings() != null) {
            for (int i = 0; i < dc.awsSettings().size(); i++) {
                AwsSettingsV2 s = dc.awsSettings().get(i);
                if (s.ebsEncryptionKey() != null && !UUID.matcher(s.ebsEncryptionKey()).matches()) {
                    problems.add(at + ".awsSettings[" + i + "].ebsEncryptionKey", "'" + s.ebsEncryptionKey() + "' is not a UUID");
                }
                if (s.storageNetwork() != null) {
                    String field = at + ".awsSettings[" + i + "].storageNetwork";
                    PrivateNetworks.problem(s.storageNetwork(), 16, 28).ifPresent(p -> problems.add(field, p));
                }
            }
        }
        validateTags(dc.tags(), at, problems);
    }

    private static void validateTwoFactorDelete(List<TwoFactorDeleteV2> settings, Problems problems) {
        if (settings == null) {
            return;
        }
        if (settings.size() > 1) {
            problems.add("twoFactorDelete", "twoFactorDelete has at most 1 item");
        }
        for (int i = 0; i < settings.size(); i++) {
            TwoFactorDeleteV2 t = settings.get(i);
            if (t.confirmationEmail() == null) {
                problems.add("twoFactorDelete[" + i + "].confirmationEmail", "confirmationEmail is required");
            } else if (!EMAIL.matcher(t.confirmationEmail()).matches()) {
                problems.add("twoFactorDelete[" + i + "].confirmationEmail", "'" + t.confirmationEmail() + "' is not an email address");
            }
            if (t.confirmationPhoneNumber() != null && !PHONE.matcher(t.confirmationPhoneNumber()).matches()) {
                problems.add("twoFactorDelete[" + i + "].confirmationPhoneNumber", "'" + t.confirmationPhoneNumber() + "' is not a phone number");
            }
        }
    }

    private static void validateTags(List<ProviderTagV2> tags, String at, Problems problems) {
        if (tags == null) {
            return;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String key = tags.get(i).key();
            if (key == null || key.isBlank()) {
                problems.add(at + ".tags[" + i + "].key", "key is required");
            } else if (!keys.add(key)) {
                problems.add(at + ".tags[" + i + "].key", "duplicate tag key '" + key + "'");
            }
        }
    }

    private static void settingsMismatch(List<?> settings, String provider, String cloudProvider, String at, Problems problems) {
        if (settings != null && cloudProvider != null && !provider.equals(cloudProvider)) {
            problems.add(at, at.substring(at.lastIndexOf('.') + 1) + " cannot be provided for cloudProvider " + cloudProvider);
        }
    }

    /** The immutable fields an update request would change, each as a problem. */
    static List<FieldError> immutableChanges(ZookeeperClusterV2 stored, ZookeeperClusterV2 request) {
        List<FieldError> changes = new ArrayList<>();
        compare("name", stored, request, ZookeeperClusterV2::name, changes);
        compare("zookeeperVersion", stored, request, ZookeeperClusterV2::zookeeperVersion, changes);
        compare("slaTier", stored, request, ZookeeperClusterV2::slaTier, changes);
        compare("privateNetworkCluster", stored, request, ZookeeperClusterV2::privateNetworkCluster, changes);
        if (request.dataCentres() == null || request.dataCentres().size() != 1) {
            changes.add(new FieldError("dataCentres", "a ZooKeeper cluster has exactly one data centre; data centres cannot be added or removed"));
            return changes;
        }
        ZookeeperDataCentreV2 before = stored.dataCentre();
        ZookeeperDataCentreV2 after = request.dataCentres().get(0);
        String at = "dataCentres[0].";
        compare(at + "name", before, after, ZookeeperDataCentreV2::name, changes);
        compare(at + "cloudProvider", before, after, ZookeeperDataCentreV2::cloudProvider, changes);
        compare(at + "region", before, after, ZookeeperDataCentreV2::region, changes);
        compare(at + "nodeSize", before, after, ZookeeperDataCentreV2::nodeSize, changes);
        compare(at + "numberOfNodes", before, after, ZookeeperDataCentreV2::numberOfNodes, changes);
        compare(at + "network", before, after, ZookeeperDataCentreV2::network, changes);
        compare(at + "providerAccountName", before, after, ZookeeperDataCentreV2::providerAccountName, changes);
        compareFlag(at + "clientToServerEncryption", before, after, ZookeeperDataCentreV2::clientToServerEncryption, changes);
        compareFlag(at + "enforceAuthEnabled", before, after, ZookeeperDataCentreV2::enforceAuthEnabled, changes);
        compare(at + "enforceAuthSchemes", before, after, ZookeeperDataCentreV2::enforceAuthSchemes, changes);
        compareFlag(at + "zeroInboundAccess", before, after, ZookeeperDataCentreV2::zeroInboundAccess, changes);
        compare(at + "customSubjectAlternativeNames", before, after, ZookeeperDataCentreV2::customSubjectAlternativeNames, changes);
        compare(at + "awsSettings", before, after, ZookeeperDataCentreV2::awsSettings, changes);
        compare(at + "gcpSettings", before, after, ZookeeperDataCentreV2::gcpSettings, changes);
        compare(at + "azureSettings", before, after, ZookeeperDataCentreV2::azureSettings, changes);
        if (Boolean.TRUE.equals(before.tagManagementEnabled()) && !Boolean.TRUE.equals(after.tagManagementEnabled())) {
            changes.add(new FieldError(at + "tagManagementEnabled", "tag management cannot be disabled once enabled"));
        }
        return changes;
    }

    private static <T, V> void compare(String field, T stored, T requested, Function<T, V> value, List<FieldError> changes) {
        V before = value.apply(stored);
        V after = value.apply(requested);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldError(field, field + " is immutable: it is " + before + ", the request asks for " + after));
        }
    }

    /** Optional flags: absent and false are the same setting. */
    private static <T> void compareFlag(String field, T stored, T requested, Function<T, Boolean> value, List<FieldError> changes) {
        boolean before = Boolean.TRUE.equals(value.apply(stored));
        boolean after = Boolean.TRUE.equals(value.apply(requested));
        if (before != after) {
            changes.add(new FieldError(field, field + " is immutable: it is " + before + ", the request asks for " + after));
        }
    }

    private static void require(String value, String field, Problems problems) {
        if (value == null || value.isBlank()) {
            problems.add(field, field.substring(field.lastIndexOf('.') + 1) + " is required");
        }
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().toList().toString();
    }

    static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static <T> List<T> emptyToNull(List<T> list) {
        return list == null || list.isEmpty() ? null : List.copyOf(list);
    }
}
