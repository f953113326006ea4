package io.zkmig;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dependencies point one way: {@code spec → ensemble → ledger → runner, nodes, cloud, stacks → cli → sandbox/demo → app}
 * (DESIGN.md). The product never imports its sandbox; only {@code io.zkmig.app}, the executable, puts both together.
 */
class ArchitectureTest {
    private static final String LEDGER = "io.zkmig.runner.ledger..";
    private static final String LIFECYCLE = "io.zkmig.runner.lifecycle..";

    private static JavaClasses productionClasses;

    /**
     * A slice per top-level package, except that the ledger and the lifecycle table are a slice of their own, as
     * they are a layer of their own below nodes and cloud: cloud records snapshots in the ledger and the runner's
     * checks use cloud, which is no cycle.
     */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (resideInAnyPackage(LEDGER, LIFECYCLE).test(c)) {
                return SliceIdentifier.of("runner ledger");
            }
            if (!p.startsWith("io.zkmig.")) {
                return SliceIdentifier.ignore();
            }
            String rest = p.substring("io.zkmig.".length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "top-level packages of io.zkmig, with the runner's ledger and lifecycle apart";
        }
    };

    @BeforeAll
    static void importClasses() {
        productionClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.zkmig", "imports");
    }

    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Support").definedBy("io.zkmig.support..")
                .layer("Spec").definedBy("io.zkmig.spec..")
                .layer("Ensemble").definedBy("io.zkmig.ensemble..")
                .layer("Ledger").definedBy(resideInAnyPackage(LEDGER, LIFECYCLE))
                .layer("Runner").definedBy(resideInAPackage("io.zkmig.runner..").and(not(resideInAnyPackage(LEDGER, LIFECYCLE))))
                .layer("Nodes").definedBy("io.zkmig.nodes..")
                .layer("Cloud").definedBy("io.zkmig.cloud..")
                .layer("Bindings").definedBy("imports..")
                .layer("Stacks").definedBy("io.zkmig.stacks..")
                .layer("Cli").definedBy("io.zkmig.cli..")
                .layer("Sandbox").definedBy("io.zkmig.sandbox..")
                .layer("App").definedBy("io.zkmig.app..")

                .whereLayer("Support").mayNotAccessAnyLayer()
                .whereLayer("Spec").mayOnlyAccessLayers("Support")
                .whereLayer("Ensemble").mayOnlyAccessLayers("Support", "Spec")
                .whereLayer("Ledger").mayOnlyAccessLayers("Support", "Spec", "Ensemble")
                .whereLayer("Nodes").mayOnlyAccessLayers("Support", "Spec", "Ensemble", "Ledger")
                .whereLayer("Cloud").mayOnlyAccessLayers("Support", "Spec", "Ensemble", "Ledger")
                .whereLayer("Runner").mayOnlyAccessLayers("Support", "Spec", "Ensemble", "Ledger", "Nodes", "Cloud")
                .whereLayer("Bindings").mayNotAccessAnyLayer()
                .whereLayer("Stacks").mayOnlyAccessLayers("Support", "Spec", "Ensemble", "Ledger", "Cloud", "Bindings")
                .whereLayer("Cli").mayOnlyAccessLayers("Support", "Spec", "Ensemble", "Ledger", "Runner", "Nodes", "Cloud",
                        "Stacks", "Bindings")
                .whereLayer("Sandbox").mayOnlyAccessLayers("Support", "Spec", "Ensemble", "Ledger", "Runner", "Nodes",
                        "Cloud", "Stacks", "Bindings", "Cli");
    }

    @Test
    void dependenciesPointOneWay() {
        layers().check(productionClasses);
    }

    @Test
    void noCycleBetweenTopLevelPackages() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(productionClasses);
    }

    /** The rule bites: the demo runs CLI commands, so a rule that put the demo below the CLI must report it. */
    @Test
    void anImportAgainstTheDirectionIsReported() {
        JavaClasses demoAndCli = new ClassFileImporter().importPackages("io.zkmig.sandbox.demo", "io.zkmig.cli");
        EvaluationResult reversed = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Demo").definedBy("io.zkmig.sandbox.demo..")
                .layer("Cli").definedBy("io.zkmig.cli..")
                .whereLayer("Demo").mayNotAccessAnyLayer()
                .evaluate(demoAndCli);
        assertTrue(reversed.hasViolation(), "DemoRun imports io.zkmig.cli.Main");
        assertFalse(layers().evaluate(productionClasses).hasViolation());
    }
}
