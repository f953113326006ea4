package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code ZookeeperClusterDataCentreV2}: the one data centre of a ZooKeeper cluster and its nodes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ZookeeperDataCentreV2(String id, String name, String cloudProvider, String region, String nodeSize,
                                    Integer numberOfNodes, String network, String providerAccountName,
                                    Boolean clientToServerEncryption, Boolean enforceAuthEnabled,
                                    List<String> enforceAuthSchemes, Boolean zeroInboundAccess,
                                    List<String> customSubjectAlternativeNames, Boolean tagManagementEnabled,
                                    List<ProviderTagV2> tags, List<AwsSettingsV2> awsSettings,
                                    List<GcpSettingsV2> gcpSettings, List<AzureSettingsV2> azureSettings,
                                    String status, List<NodeDetailsV2> nodes, List<NodeDetailsV2> deletedNodes) {

    ZookeeperDataCentreV2 withState(String newStatus, List<NodeDetailsV2> newNodes) {
        return new ZookeeperDataCentreV2(id, name, cloudProvider, region, nodeSize, numberOfNodes, network,
                providerAccountName, clientToServerEncryption, enforceAuthEnabled, enforceAuthSchemes,
                zeroInboundAccess, customSubjectAlternativeNames, tagManagementEnabled, tags, awsSettings,
                gcpSettings, azureSettings, newStatus, newNodes, deletedNodes);
    }

    ZookeeperDataCentreV2 withTags(Boolean newTagManagementEnabled, List<ProviderTagV2> newTags) {
        return new ZookeeperDataCentreV2(id, name, cloudProvider, region, nodeSize, numberOfNodes, network,
                providerAccountName, clientToServerEncryption, enforceAuthEnabled, enforceAuthSchemes,
                zeroInboundAccess, customSubjectAlternativeNames, newTagManagementEnabled, newTags, awsSettings,
                gcpSettings, azureSettings, status, nodes, deletedNodes);
    }

    ZookeeperDataCentreV2 withIdentity(String newId, String newStatus, List<NodeDetailsV2> newNodes) {
        return new ZookeeperDataCentreV2(newId, name, cloudProvider, region, nodeSize, numberOfNodes, network,
                providerAccountName, clientToServerEncryption, enforceAuthEnabled, enforceAuthSchemes,
                zeroInboundAccess, customSubjectAlternativeNames, tagManagementEnabled, tags, awsSettings,
                gcpSettings, azureSettings, newStatus, newNodes, null);
    }
}
