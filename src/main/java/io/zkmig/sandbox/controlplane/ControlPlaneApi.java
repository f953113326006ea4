package io.zkmig.sandbox.controlplane;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The HTTP face of the control plane: the API document at the path the provider fetches it from, and the
 * resource endpoints it names, behind the provider's Authorization header.
 */
final class ControlPlaneApi {
    static final String DOCUMENT_PATH = "/cluster-management/v2/swagger-for-terraform.yaml";
    static final String ZOOKEEPER_CLUSTERS = "/cluster-management/v2/resources/applications/zookeeper/clusters/v2";
    static final String AWS_VPC_PEERS = "/cluster-management/v2/resources/providers/aws/vpc-peers/v2";
    static final String FIREWALL_RULES = "/cluster-management/v2/resources/cluster-network-firewall-rules/v2";

    private final ObjectMapper json;
    private final ApiCredentials credentials;
    private final ZookeeperClusters clusters;
    private final AwsVpcPeers vpcPeers;
    private final ClusterNetworkFirewallRules firewallRules;
    private final ControlPlaneLog log;
    private final String document;

    ControlPlaneApi(ObjectMapper json, ApiCredentials credentials, ZookeeperClusters clusters, AwsVpcPeers vpcPeers,
                    ClusterNetworkFirewallRules firewallRules, ControlPlaneLog log) {
        this.json = json;
        this.credentials = credentials;
        this.clusters = clusters;
        this.vpcPeers = vpcPeers;
        this.firewallRules = firewallRules;
        this.log = log;
        this.document = resource("/controlplane/swagger-for-terraform.yaml");
    }

    Javalin start(String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.router.ignoreTrailingSlashes = true;
            config.http.defaultContentType = "application/json";
            config.jsonMapper(new JavalinJackson(json, false));
        });
        app.get(DOCUMENT_PATH, ctx -> ctx.contentType("application/yaml").result(document));
        app.before("/cluster-management/v2/resources/*", ctx -> credentials.authorize(ctx.header("Authorization")));

        app.post(ZOOKEEPER_CLUSTERS, ctx -> reply(ctx, 202, clusters.create(body(ctx, ZookeeperClusterV2.class))));
        app.get(ZOOKEEPER_CLUSTERS + "/{id}", ctx -> reply(ctx, 200, clusters.get(ctx.pathParam("id"))));
        app.put(ZOOKEEPER_CLUSTERS + "/{id}", ctx -> reply(ctx, 202,
                clusters.update(ctx.pathParam("id"), body(ctx, ZookeeperClusterV2.class))));
        app.delete(ZOOKEEPER_CLUSTERS + "/{id}", ctx -> {
            clusters.delete(ctx.pathParam("id"));
            ctx.status(204);
        });

        app.post(AWS_VPC_PEERS, ctx -> reply(ctx, 202, vpcPeers.create(body(ctx, AwsVpcPeerV2.class))));
        app.get(AWS_VPC_PEERS + "/{id}", ctx -> reply(ctx, 200, vpcPeers.get(ctx.pathParam("id"))));
        app.put(AWS_VPC_PEERS + "/{id}", ctx -> reply(ctx, 202,
                vpcPeers.update(ctx.pathParam("id"), body(ctx, AwsVpcPeerV2.class))));
        app.delete(AWS_VPC_PEERS + "/{id}", ctx -> {
            vpcPeers.delete(ctx.pathParam("id"));
            ctx.status(204);
        });

        app.post(FIREWALL_RULES, ctx -> reply(ctx, 202, firewallRules.create(body(ctx, ClusterNetworkFirewallRulesV2.class))));
        app.get(FIREWALL_RULES + "/{id}", ctx -> reply(ctx, 200, firewallRules.get(ctx.pathParam("id"))));
        app.put(FIREWALL_RULES + "/{id}", ctx -> reply(ctx, 202,
                firewallRules.update(ctx.pathParam("id"), body(ctx, ClusterNetworkFirewallRulesV2.class))));
        app.delete(FIREWALL_RULES + "/{id}", ctx -> {
            firewallRules.delete(ctx.pathParam("id"));
            ctx.status(204);
        });

        app.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(e.body()));
        app.exception(Exception.class, (e, ctx) -> {
            log.error(ctx.method() + " " + ctx.path() + " failed: " + e);
            ctx.status(500).json(new ErrorBody(List.of(new FieldError("", "Internal error: " + e.getClass().getSimpleName()))));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || !ctx.result().startsWith("{")) {
                ctx.json(new ErrorBody(List.of(new FieldError("", "No such endpoint: " + ctx.method() + " " + ctx.path()))));
            }
        });
        app.after(ctx -> log.info(ctx.method() + " " + ctx.path() + " -> " + ctx.statusCode()));
        return app.start(host, port);
    }

    private void reply(Context ctx, int status, Object body) {
        ctx.status(status).json(body);
    }

    private <T> T body(Context ctx, Class<T> type) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw ApiError.badRequest("", "The request has no JSON body");
        }
        try {
            return json.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.badRequest(path(e), "Unknown field '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            throw ApiError.badRequest(path(e), "Invalid value: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("", "Malformed JSON: " + e.getOriginalMessage());
        }
    }

    /** The JSON path of a mapping problem, e.g. {@code dataCentres[0].numberOfNodes}. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String resource(String name) {
        try (InputStream in = ControlPlaneApi.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
