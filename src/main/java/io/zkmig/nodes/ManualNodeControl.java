package io.zkmig.nodes;

import io.zkmig.ensemble.EnsembleConfig;
import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import io.zkmig.ensemble.ServerProbe;
import io.zkmig.ensemble.ServerStatus;
import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Node control by a person: for servers zkmig cannot reach (a managed cluster whose provider's support applies
 * the change), it prints the exact configuration to apply, then waits until ZooKeeper itself shows it took
 * effect: the server serves and reports the expected voters. A timeout fails the step; running the command
 * again picks up where it stopped, as soon as the change is in place.
 */
public final class ManualNodeControl implements NodeControl {
    private final PrintStream out;
    private final Duration timeout;
    private final Duration pollInterval;

    public ManualNodeControl(PrintStream out, Duration timeout, Duration pollInterval) {
        this.out = out;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    @Override
    public String mode() {
        return "manual";
    }

    @Override
    public void restart(ServerSpec server, NodeChange change) throws Exception {
        Member self = change.members().stream().filter(m -> m.id() == server.id()).findFirst().orElseThrow();
        StringBuilder b = new StringBuilder();
        b.append("ACTION for target server ").append(server.id()).append(" (").append(server.host()).append("): ")
                .append(change.purpose()).append(".\n");
        b.append("  1. In its zoo.cfg remove every server.N line, any peerType line and any dynamicConfigFile line "
                + "(keep the file it named, for a rollback), then add exactly:\n");
        b.append(block(server, change.members(), self.role() == Role.OBSERVER));
        if (change.dataSubfolder() != null) {
            b.append("  2. Point dataDir (and dataLogDir, if set) at the subfolder ").append(change.dataSubfolder())
                    .append(" of the current one, containing a file myid with the line ").append(server.id())
                    .append(".\n     Leave the current data as it is: a rollback returns to it.\n");
        }
        b.append("  ").append(change.dataSubfolder() != null ? 3 : 2).append(". Restart the server.\n");
        b.append("zkmig waits up to ").append(timeout.toMinutes()).append(" min for server ").append(server.id())
                .append(" to serve with voters ").append(ids(change.voters())).append(".");
        announce(b.toString());
        Set<Integer> voters = ids(change.voters());
        await(server, "serve with voters " + voters, s -> s.isServing() && reportedVoters(server).equals(voters));
    }

    @Override
    public void restoreOriginal(ServerSpec server, List<Member> originalMembers) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append("ACTION for target server ").append(server.id()).append(" (").append(server.host())
                .append("): put back the configuration it had before zkmig observe.\n");
        b.append("  1. Restore its zoo.cfg as it was (dataDir back to the original folder); its membership was:\n");
        b.append(block(server, originalMembers, false));
        b.append("  2. Remove the zkmig-observer data subfolder, then restart the server.\n");
        Set<Integer> voters = ids(originalMembers.stream().filter(m -> m.role() == Role.PARTICIPANT).toList());
        b.append("zkmig waits up to ").append(timeout.toMinutes()).append(" min for server ").append(server.id())
                .append(" to serve with voters ").append(voters).append(".");
        announce(b.toString());
        await(server, "serve with voters " + voters, s -> s.isServing() && reportedVoters(server).equals(voters));
    }

    @Override
    public boolean hasOriginal(ServerSpec server) {
        return false;
    }

    @Override
    public boolean tracksOriginal() {
        return false;
    }

    @Override
    public void stop(ServerSpec server) throws Exception {
        announce("ACTION for target server " + server.id() + " (" + server.host() + "): stop it.");
        await(server, "stop", s -> !s.isServing());
    }

    private static String block(ServerSpec server, List<Member> members, boolean observer) {
        StringBuilder b = new StringBuilder();
        if (observer) {
            b.append("       peerType=observer\n");
        }
        boolean dynamic = server.zooKeeperVersion().supportsReconfig();
        for (Member m : members) {
            b.append("       ").append(dynamic ? m.dynamicLine() : m.staticLine()).append('\n');
        }
        return b.toString();
    }

    private void announce(String text) {
        out.println();
        out.println(text);
        out.flush();
    }

    private void await(ServerSpec server, String what, Predicate<ServerStatus> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            ServerStatus s = ServerProbe.probe(server.id(), server.host(), server.clientPort());
            if (done.test(s)) {
                out.println("server " + server.id() + " did " + what + ": " + s.role().label() + ", zxid " + s.zxidHex());
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("server " + server.id() + " did not " + what + " within "
                        + timeout.toMinutes() + " min (it reports " + s.role().label() + "); apply the change above, "
                        + "then run the command again");
            }
            Thread.sleep(pollInterval.toMillis());
        }
    }

    /** The voters a server reports in {@code conf} (3.5+); empty when it reports none. */
    static Set<Integer> reportedVoters(ServerSpec server) {
        try {
            return ids(EnsembleConfig.parse(FourLetterWords.send(server.host(), server.clientPort(), "conf")).voters());
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static Set<Integer> ids(List<Member> members) {
        return members.stream().map(Member::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
