package io.zkmig.sandbox.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cgroup v2 hierarchy of this machine: where it is mounted, and the few operations the sandbox network needs
 * (create a child, put a pid in it, move its pids back to the root, remove it). Paths nft understands are relative
 * to /sys/fs/cgroup (on a hybrid host the v2 hierarchy is mounted at /sys/fs/cgroup/unified).
 */
final class Cgroup2 {
    static final Path NFT_BASE = Path.of("/sys/fs/cgroup");

    private final Path mount;

    private Cgroup2(Path mount) {
        this.mount = mount;
    }

    /** The cgroup2 mount under /sys/fs/cgroup, or a clear error saying it is missing. */
    static Cgroup2 mounted() {
        List<String> mounts;
        try {
            mounts = Files.readAllLines(Path.of("/proc/self/mounts"));
        } catch (IOException e) {
            throw new IllegalStateException("sandbox network needs cgroup2, but /proc/self/mounts is unreadable", e);
        }
        for (String line : mounts) {
            String[] f = line.split(" ");
            if (f.length > 3 && f[2].equals("cgroup2") && Path.of(f[1]).startsWith(NFT_BASE)) {
                Path mount = Path.of(f[1]);
                if (!Files.isWritable(mount.resolve("cgroup.procs"))) {
                    throw new IllegalStateException("sandbox network needs a writable cgroup2 hierarchy; " + mount
                            + " is not writable (run as root)");
                }
                return new Cgroup2(mount);
            }
        }
        throw new IllegalStateException("sandbox network needs a cgroup2 file system mounted under " + NFT_BASE
                + "; none in /proc/self/mounts");
    }

    Path dir(String relative) {
        return mount.resolve(relative);
    }

    /** The path nft's {@code socket cgroupv2} takes. */
    String nftPath(String relative) {
        return NFT_BASE.relativize(dir(relative)).toString();
    }

    /** The cgroup's depth in the v2 hierarchy (the root is level 0). */
    static int level(String relative) {
        return Path.of(relative).getNameCount();
    }

    void create(String relative) {
        try {
            Files.createDirectories(dir(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cgroup " + dir(relative), e);
        }
    }

    void place(long pid, String relative) {
        write(dir(relative).resolve("cgroup.procs"), pid);
    }

    /** Moves any pids left in the cgroup back to the root, then removes it; a missing cgroup is fine. */
    void remove(String relative) throws IOException {
        Path d = dir(relative);
        if (!Files.isDirectory(d)) {
            return;
        }
        Path procs = d.resolve("cgroup.procs");
        if (Files.exists(procs)) {
            for (String pid : Files.readAllLines(procs)) {
                if (!pid.isBlank()) {
                    try {
                        write(mount.resolve("cgroup.procs"), Long.parseLong(pid.trim()));
                    } catch (UncheckedIOException e) {
                        // the process exited meanwhile
                    }
                }
            }
        }
        // a cgroup directory is removed with rmdir even though it lists files (they are the kernel's)
        Files.delete(d);
    }

    private static void write(Path procs, long pid) {
        try {
            Files.writeString(procs, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move pid " + pid + " into " + procs, e);
        }
    }
}
