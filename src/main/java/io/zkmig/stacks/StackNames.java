package io.zkmig.stacks;

/** The stack names of one migration; users pass them to {@code cdktf deploy}, {@code diff} and {@code destroy}. */
public record StackNames(String migration) {

    public String target() {
        return migration + "-target";
    }

    /** The Instaclustr side of the bridge: deployable with the Instaclustr provider alone. */
    public String bridge() {
        return migration + "-bridge";
    }

    /** The AWS side of the bridge (accepter, routes, security-group rules): needs the AWS provider. */
    public String bridgeAws() {
        return migration + "-bridge-aws";
    }

    public String legacy() {
        return migration + "-legacy";
    }
}
