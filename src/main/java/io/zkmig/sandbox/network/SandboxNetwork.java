package io.zkmig.sandbox.network;

import io.zkmig.spec.ServerSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The network between one migration's legacy and target sandbox servers, so that the bridge matters on loopback:
 * each side's server processes sit in their own cgroup ({@code zkmig-<name>/legacy}, {@code /target}) and an nft
 * table {@code inet zkmig_<name>} drops what crosses while the bridge is closed. Closing deletes the table and
 * the cgroups and touches nothing else.
 */
public final class SandboxNetwork implements AutoCloseable {
    private final Cgroup2 cgroups;
    private final String parent;
    private final BridgeRules rules;
    private final List<String> created = new ArrayList<>();
    private boolean tableCreated;

    private SandboxNetwork(Cgroup2 cgroups, String name, List<ServerSpec> legacy, List<ServerSpec> target) {
        this.cgroups = cgroups;
        this.parent = "zkmig-" + sanitize(name, '-');
        this.rules = new BridgeRules("zkmig_" + sanitize(name, '_'), BridgeRules.CHAIN,
                cgroups.nftPath(cgroupOf(NetworkSide.LEGACY)), cgroups.nftPath(cgroupOf(NetworkSide.TARGET)),
                Cgroup2.level(cgroupOf(NetworkSide.TARGET)), List.copyOf(legacy), List.copyOf(target));
    }

    /** Creates the cgroups and the table with the bridge open; undoes what it did if any step fails. */
    public static SandboxNetwork create(String name, List<ServerSpec> legacy, List<ServerSpec> target) {
        Nft.requireInstalled();
        SandboxNetwork n = new SandboxNetwork(Cgroup2.mounted(), name, legacy, target);
        try {
            n.cgroups.create(n.parent);
            n.created.add(n.parent);
            for (NetworkSide side : NetworkSide.values()) {
                n.cgroups.create(n.cgroupOf(side));
                n.created.add(n.cgroupOf(side));
            }
            Nft.run(n.rules.createTable());
            n.tableCreated = true;
            return n;
        } catch (RuntimeException | Error e) {
            try {
                n.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Puts a server process (all its threads; sockets it opens from now on) into its side's cgroup. */
    public void place(long pid, NetworkSide side) {
        cgroups.place(pid, cgroupOf(side));
    }

    /** Open: nothing dropped. Closed: the sides cannot reach each other's ZooKeeper ports. One nft transaction. */
    public void bridge(boolean open) {
        Nft.run(rules.bridge(open));
    }

    /** The cgroup.procs file of a side, for placing a process started elsewhere (e.g. by a shell). */
    public Path procsFile(NetworkSide side) {
        return cgroups.dir(cgroupOf(side)).resolve("cgroup.procs");
    }

    public String table() {
        return rules.table();
    }

    public Path cgroupDir() {
        return cgroups.dir(parent);
    }

    private String cgroupOf(NetworkSide side) {
        return parent + "/" + side.cgroupName();
    }

    /** Deletes the table, then the cgroups (children first); tries every step and reports the first failure. */
    @Override
    public void close() {
        RuntimeException failure = null;
        if (tableCreated) {
            try {
                Nft.run(rules.deleteTable());
                tableCreated = false;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                cgroups.remove(created.get(i));
                created.remove(i);
            } catch (IOException | RuntimeException e) {
                RuntimeException r = e instanceof RuntimeException re ? re
                        : new UncheckedIOException("cannot remove cgroup " + cgroups.dir(created.get(i)), (IOException) e);
                if (failure == null) {
                    failure = r;
                } else {
                    failure.addSuppressed(r);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    static String sanitize(String name, char replacement) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", String.valueOf(replacement));
        s = s.length() > 40 ? s.substring(0, 40) : s;
        if (s.isEmpty() || s.chars().allMatch(c -> c == replacement)) {
            throw new IllegalArgumentException("migration name '" + name + "' has no letters or digits for a sandbox network name");
        }
        return s;
    }

    /** Runs nft scripts; each {@code nft -f} is one atomic transaction. */
    static final class Nft {
        private Nft() {
        }

        static void requireInstalled() {
            try {
                run("list tables\n");
            } catch (UncheckedIOException e) {
                throw new IllegalStateException("sandbox network needs nft (nftables): apt-get install nftables", e);
            }
        }

        static void run(String script) {
            try {
                Process p = new ProcessBuilder("nft", "-f", "-").redirectErrorStream(true).start();
                p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().close();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("nft did not finish within 30 s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("nft failed (exit " + p.exitValue() + "): " + output.strip()
                            + "\nscript:\n" + script);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run nft: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running nft", e);
            }
        }
    }
}
