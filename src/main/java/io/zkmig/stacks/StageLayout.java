package io.zkmig.stacks;

import io.zkmig.spec.Stage;

/**
 * What the stacks hold at each desired stage. One table, so the stage semantics of the whole app
 * can be read in one place:
 *
 * <pre>
 * stage          target cluster  client rules  legacy rule + bridge  legacy infra
 * define         -               -             -                     held, protected
 * provision      yes             yes           -                     held, protected
 * connect..split yes, protected* yes           yes                   held, protected
 * disconnect     yes, protected  yes           -                     held, protected
 * decommission   yes, protected  yes           -                     held, destroyable
 * </pre>
 * (*) from observe on: once target servers hold the data, a plan never destroys the cluster.
 */
public final class StageLayout {
    private StageLayout() {
    }

    public static boolean hasTargetCluster(Stage stage) {
        return stage.atLeast(Stage.PROVISION);
    }

    /** The target cluster carries {@code prevent_destroy}: its servers observe or are the ensemble. */
    public static boolean protectsTargetCluster(Stage stage) {
        return stage.atLeast(Stage.OBSERVE);
    }

    /** Peering, AWS accepter, routes, security-group rules and the legacy CIDR's firewall rule. */
    public static boolean hasBridge(Stage stage) {
        return stage.atLeast(Stage.CONNECT) && !stage.atLeast(Stage.DISCONNECT);
    }

    /** Legacy servers' infrastructure refuses destruction until the decommission stage. */
    public static boolean protectsLegacy(Stage stage) {
        return !stage.atLeast(Stage.DECOMMISSION);
    }
}
