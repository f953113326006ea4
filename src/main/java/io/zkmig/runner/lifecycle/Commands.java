package io.zkmig.runner.lifecycle;

import static io.zkmig.spec.Stage.CONNECT;
import static io.zkmig.spec.Stage.DECOMMISSION;
import static io.zkmig.spec.Stage.DEFINE;
import static io.zkmig.spec.Stage.DISCONNECT;
import static io.zkmig.spec.Stage.PROVISION;
import static io.zkmig.spec.Stage.SPLIT;

/** Every command the lifecycle names, written once (a test parses each zkmig one with the real CLI). */
public final class Commands {
    public static final Command SPEC_CHECK = Command.zkmig("zkmig spec check <spec>");
    public static final Command DEPLOY_TARGET = Command.cdktf(PROVISION, "cdktf deploy <name>-target");
    public static final Command PROVISIONED = Command.zkmig("zkmig provisioned <spec>");
    /** At define the target stack declares no cluster: the deploy destroys it (no prevent_destroy before observe). */
    public static final Command REMOVE_TARGET = Command.cdktf(DEFINE, "cdktf deploy <name>-target");
    public static final Command DEPLOY_BRIDGE = Command.cdktf(CONNECT, SPLIT,
            "cdktf deploy <name>-target <name>-bridge <name>-bridge-aws");
    /** The AWS side first, as at disconnect. */
    public static final Command REMOVE_BRIDGE = Command.cdktf(PROVISION, "cdktf deploy <name>-bridge-aws <name>-bridge <name>-target");
    public static final Command OBSERVE = Command.zkmig("zkmig observe <spec>");
    public static final Command ROLLBACK = Command.zkmig("zkmig rollback <spec>");
    public static final Command VERIFY = Command.zkmig("zkmig verify <spec>");
    public static final Command CUTOVER_MARK = Command.zkmig("zkmig cutover mark <spec> <group>");
    public static final Command CUTOVER_UNMARK = Command.zkmig("zkmig cutover unmark <spec> <group>");
    public static final Command SPLIT_DYNAMIC = Command.zkmig("zkmig split <spec>");
    public static final Command SPLIT_STATIC = Command.zkmig("zkmig split --static <spec>");
    public static final Command SPLIT_ROLLBACK = Command.zkmig("zkmig split --rollback <spec>");
    public static final Command DEPLOY_DISCONNECT = Command.cdktf(DISCONNECT,
            "cdktf deploy <name>-bridge-aws <name>-bridge <name>-target");
    public static final Command RECONNECT = Command.cdktf(SPLIT, "cdktf deploy <name>-target <name>-bridge <name>-bridge-aws");
    public static final Command QUIET = Command.zkmig("zkmig quiet <spec>");
    public static final Command DISCONNECTED = Command.zkmig("zkmig disconnected <spec>");
    public static final Command SNAPSHOT_LEGACY = Command.zkmig("zkmig decommission --confirm <name> <spec>");
    public static final Command DESTROY_LEGACY = Command.cdktf(DECOMMISSION, "cdktf destroy <name>-legacy");

    private Commands() {
    }
}
