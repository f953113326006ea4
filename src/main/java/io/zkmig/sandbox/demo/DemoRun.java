package io.zkmig.sandbox.demo;

import io.zkmig.cli.Main;
import io.zkmig.cloud.CloudFinding;
import io.zkmig.sandbox.LocalEnsemble;
import io.zkmig.sandbox.LocalServer;
import io.zkmig.sandbox.Sandbox;
import io.zkmig.sandbox.controlplane.ControlPlane;
import io.zkmig.runner.probe.ClientWorkload;
import io.zkmig.runner.probe.WorkloadStats;
import io.zkmig.spec.AwsNetwork;
import io.zkmig.spec.ClientGroup;
import io.zkmig.spec.ConnectString;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.Stage;
import io.zkmig.spec.StateFolder;
import io.zkmig.stacks.CdktfCli;
import io.zkmig.stacks.StackNames;
import io.zkmig.stacks.TerraformEnvironment;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The demo migration, act by act, on local components under a live client workload: the legacy account in the AWS
 * emulator, legacy ensemble, local Instaclustr control plane, {@code cdktf deploy <name>-target} and
 * {@code <name>-bridge} through the real provider with the sandbox standing in for {@code <name>-bridge-aws}, then the
 * runner's stages. Every process it starts belongs to this JVM and stops with it.
 */
public final class DemoRun {
    private final MigrationSpec original;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final Duration warmup;
    private DemoSpecs specs;
    private final List<String> problems = new java.util.ArrayList<>();

    public DemoRun(MigrationSpec original, Map<String, String> environment, PrintStream out, Duration warmup) {
        this.original = original;
        this.environment = environment;
        this.out = out;
        this.warmup = warmup;
        this.specs = new DemoSpecs(original);
    }

    /** Runs every act; true when the migration completed with no failed operation, lost write or double leader. */
    public boolean run() throws Exception {
        DemoState.reset(original, environment);
        MigrationSpec spec = specs.atStage(Stage.DEFINE);
        act("define", "spec " + original.source() + ": " + spec.legacy().servers().size() + " legacy servers "
                + spec.legacy().servers().get(0).version() + ", target " + spec.target().version() + " x"
                + spec.target().nodeCount() + "; working copy " + specs.file());
        try (DemoAws.Starting starting = DemoAws.startInBackground(spec, environment);
             LocalEnsemble legacy = new Sandbox(spec, false, environment).legacy()) {
            act("legacy", "starting the legacy ensemble " + legacy.connectString() + " (and, meanwhile, the AWS emulator)");
            legacy.start();
            legacy.servers().forEach(s -> out.printf("  %s serving (pid %s)%n", s, s.pid().map(String::valueOf).orElse("?")));
            ClientGroup fixedGroup = spec.clients().stream()
                    .filter(g -> g.connection() == ClientGroup.Connection.FIXED).findFirst().orElseThrow();
            ClientWorkload fixed = null;
            // the following group's workload lives under /<group>, so its LeaderLatch is the spec's latchPath
            DemoAws aws = null;
            try (ClientWorkload workload = ClientWorkload.start(ConnectString.of(spec.legacy().servers()),
                         ClientWorkload.Options.defaults().withBasePath("/" + followingGroupName(spec))
                                 .withMaxDuration(Duration.ofMinutes(30)))) {
                fixed = ClientWorkload.start(fixedGroup.before(), fixedOptions(fixedGroup));
                act("workload", "live clients on legacy: a writer, a reader and a LeaderLatch group of 3 that follow "
                        + "/zookeeper/config (like the '" + followingGroupName(spec) + "' group), and the '"
                        + fixedGroup.name() + "' group with a fixed connect string");
                Thread.sleep(warmup.toMillis());
                out.println("  " + workload.stats().summary());
                aws = legacyAccount(starting);
                try (ControlPlane controlPlane = DemoControlPlane.start(spec, apiKey(spec), aws.endpoint())) {
                    provision(specs.atStage(Stage.PROVISION), controlPlane);
                    connect(specs.atStage(Stage.CONNECT), controlPlane, aws);
                    zkmig("preflight", specs.file().toString());
                    zkmig("observe", specs.atStage(Stage.OBSERVE).source().toString(), "--no-progress");
                    zkmig("status", specs.file().toString());
                    zkmig("verify", specs.atStage(Stage.VERIFY).source().toString());

                    MigrationSpec atCutover = specs.atStage(Stage.CUTOVER);
                    act("cutover", "rolling restart of '" + fixedGroup.name() + "' onto the target connect string "
                            + fixedGroup.after() + " (clients that follow /zookeeper/config move at the split by themselves)");
                    fixed.close();
                    fixed = ClientWorkload.start(fixedGroup.after(), fixedOptions(fixedGroup));
                    zkmig("cutover", "mark", atCutover.source().toString(), fixedGroup.name(), "--reason",
                            "demo rolling restart");
                    zkmig("clients", atCutover.source().toString());

                    zkmig("split", specs.atStage(Stage.SPLIT).source().toString());
                    zkmig("status", specs.file().toString());
                    act("clients", "where the clients are now");
                    out.println("  the following clients' connect string: " + workload.currentConnectString());
                    out.println("  '" + fixedGroup.name() + "': " + fixed.currentConnectString() + "; "
                            + fixed.stats().summary());
                    report(workload);
                    out.println("  " + aws.emulator().kind().displayName() + " at the end: " + aws.memory());
                }
            } finally {
                if (fixed != null) {
                    fixed.close();
                }
                act("teardown", "stopping the control plane's target servers, the legacy servers and the AWS emulator"
                        + (aws != null ? " (pid " + aws.emulator().pid() + ")" : ""));
                for (LocalServer s : legacy.servers()) {
                    s.stop();
                }
            }
        }
        return problems.isEmpty();
    }

    /** The AWS emulator, and in it the spec's legacy network; the working spec names the ids the emulator returned. */
    private DemoAws legacyAccount(DemoAws.Starting starting) {
        act("aws", "the legacy AWS account: the AWS emulator, and in it the spec's legacy.network");
        DemoAws aws = starting.await();
        out.println("  " + aws.describe());
        AwsNetwork built = aws.network();
        specs = specs.inLegacyAccount(built);
        specs.atStage(Stage.DEFINE);
        out.println("  VPC " + built.vpcId() + " " + built.cidr() + ", subnets " + built.subnets() + ", route tables "
                + built.routeTables() + ", security group " + built.securityGroup());
        out.println("  instances " + built.instances() + " with data volumes " + built.volumes());
        out.println("  the working spec names these ids, the emulator as legacy.network.endpoint and profile "
                + built.profile() + " (placeholders in " + original.source().getFileName() + ")");
        return aws;
    }

    private void provision(MigrationSpec spec, ControlPlane controlPlane) throws Exception {
        StackNames stacks = new StackNames(spec.name());
        act("provision", "local Instaclustr control plane at " + controlPlane.url() + "; cdktf deploy "
                + stacks.target() + " through the Instaclustr Terraform provider");
        deploy(spec, controlPlane, List.of(stacks.target()));
        zkmig("provisioned", spec.source().toString());
    }

    /** The bridge: the Instaclustr side through the provider, the AWS side by the stand-in, then zkmig's check. */
    private void connect(MigrationSpec spec, ControlPlane controlPlane, DemoAws aws) throws Exception {
        StackNames stacks = new StackNames(spec.name());
        act("connect", "cdktf deploy " + stacks.target() + " " + stacks.bridge() + " through the Instaclustr Terraform "
                + "provider (the legacy network's firewall rule, the VPC peering request), then " + stacks.bridgeAws());
        deploy(spec, controlPlane, List.of(stacks.target(), stacks.bridge()));
        DemoBridgeAws bridge = new DemoBridgeAws(aws.endpoint(), out);
        bridge.apply(spec);
        List<CloudFinding> failed = bridge.check(spec);
        if (!failed.isEmpty()) {
            throw new IllegalStateException("the bridge check failed: " + failed.stream().map(CloudFinding::message).toList());
        }
    }

    private void deploy(MigrationSpec spec, ControlPlane controlPlane, List<String> stacks) throws Exception {
        Map<String, String> env = new HashMap<>(TerraformEnvironment.forSpec(spec, environment));
        env.put(TerraformEnvironment.API_URL, controlPlane.url());
        long t0 = System.nanoTime();
        new CdktfCli(spec.stateDir().resolve(StateFolder.CDKTF_OUT), env, out).deploy(stacks);
        out.printf("  deployed in %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
    }

    /** Runs a zkmig command in this process, shown as the operator would type it; a non-zero exit stops the demo. */
    private void zkmig(String... args) {
        act(args[0], "$ zkmig " + String.join(" ", args));
        CommandLine cmd = Main.commandLine();
        PrintWriter writer = new PrintWriter(out, true);
        cmd.setOut(writer);
        cmd.setErr(writer);
        int code = cmd.execute(args);
        writer.flush();
        if (code != 0) {
            throw new IllegalStateException("zkmig " + args[0] + " exited with " + code);
        }
    }

    private static ClientWorkload.Options fixedOptions(ClientGroup group) {
        return ClientWorkload.Options.defaults().withBasePath("/" + group.name()).withEnsembleTracker(false)
                .withMaxDuration(Duration.ofMinutes(30));
    }

    private static String followingGroupName(MigrationSpec spec) {
        return spec.clients().stream().filter(g -> g.connection() == ClientGroup.Connection.FOLLOWS_CONFIG)
                .map(ClientGroup::name).findFirst().orElse("follows-config");
    }

    private void report(ClientWorkload workload) throws Exception {
        workload.stop();
        WorkloadStats stats = workload.stats();
        act("report", "client impact over the whole demo (the clients that follow /zookeeper/config)");
        out.println("  " + stats.summary());
        int missing = workload.missingAcknowledgedWrites().size();
        out.println("  acknowledged writes missing: " + missing);
        if (stats.failedOperations() > 0) {
            problems.add(stats.failedOperations() + " failed operations");
        }
        if (missing > 0) {
            problems.add(missing + " acknowledged writes lost");
        }
        if (stats.maxConcurrentLeaders() > 1) {
            problems.add("two leaders at once");
        }
        if (stats.sessionsExpired() > 0) {
            problems.add(stats.sessionsExpired() + " sessions expired");
        }
    }

    private String apiKey(MigrationSpec spec) {
        return spec.credentials().instaclustr().apiKey().resolve(environment, spec.baseDir());
    }

    private void act(String name, String what) {
        out.printf("%n== %s: %s%n", name, what);
        out.flush();
    }
}
