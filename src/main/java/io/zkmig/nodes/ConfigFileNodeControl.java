package io.zkmig.nodes;

import io.zkmig.ensemble.FourLetterWords;
import io.zkmig.ensemble.Member;
import io.zkmig.spec.ServerSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Node control that edits the server's real zoo.cfg: the original is kept on the first change, only the
 * membership (and, for observe, the data folder) changes, and the server is restarted. Subclasses say how
 * files are read and written and how the server restarts: on this machine, or over ssh.
 */
abstract class ConfigFileNodeControl implements NodeControl {
    private static final String ORIGINAL = "original";

    private final NodeStateStore store;

    ConfigFileNodeControl(Path stateDir) {
        this.store = new NodeStateStore(stateDir);
    }

    /** Where the server's zoo.cfg is. */
    protected abstract String configFile(ServerSpec server) throws Exception;

    protected abstract Optional<String> read(ServerSpec server, String path) throws Exception;

    /** Replaces a file's content atomically (write beside it, then rename). */
    protected abstract void write(ServerSpec server, String path, String text) throws Exception;

    /** Removes a file or a folder with everything in it; absent is fine. */
    protected abstract void delete(ServerSpec server, String path) throws Exception;

    /** Creates a data folder with its {@code myid} file, unless present. */
    protected abstract void prepareDataDir(ServerSpec server, String dir) throws Exception;

    /** Restarts the server (starting it if it is not running) with whatever its zoo.cfg now says. */
    protected abstract void restartServer(ServerSpec server) throws Exception;

    /** Stops the server (nothing if it is not running). */
    protected abstract void stopServer(ServerSpec server) throws Exception;

    /** Keeps the original configuration (and whether it was serving) first, then stops the server. */
    @Override
    public void stop(ServerSpec server) throws Exception {
        if (originalOf(server).isEmpty()) {
            capture(server, configFile(server));
        }
        stopServer(server);
    }

    @Override
    public void restart(ServerSpec server, NodeChange change) throws Exception {
        String cfgPath = configFile(server);
        OriginalConfig original = originalOf(server).isPresent() ? originalOf(server).get() : capture(server, cfgPath);
        ZooCfg current = readConfig(server, cfgPath);
        ZooCfg next = current.withMembership(server.id(), change.members(), server.zooKeeperVersion().supportsReconfig());
        if (change.dataSubfolder() != null) {
            ZooCfg before = original.combined();
            for (String key : List.of("dataDir", "dataLogDir")) {
                Optional<String> dir = before.get(key);
                if (dir.isEmpty()) {
                    if (key.equals("dataDir")) {
                        throw new IllegalStateException("server " + server.id() + ": " + cfgPath + " sets no dataDir");
                    }
                    continue;
                }
                String sub = dir.get().replaceAll("/+$", "") + "/" + change.dataSubfolder();
                original = store.save(server.id(), ORIGINAL, original.withCreatedDataDir(sub));
                prepareDataDir(server, sub);
                next = next.with(key, sub);
            }
        }
        write(server, cfgPath, next.render());
        Optional<String> dynamicFile = current.get("dynamicConfigFile");
        if (dynamicFile.isPresent()) {
            delete(server, resolve(cfgPath, dynamicFile.get()));
        }
        restartServer(server);
    }

    @Override
    public void restoreOriginal(ServerSpec server, List<Member> originalMembers) throws Exception {
        Optional<OriginalConfig> saved = originalOf(server);
        if (saved.isEmpty()) {
            return;
        }
        OriginalConfig original = saved.get();
        String cfgPath = original.configFile();
        Optional<String> dynamicNow = readConfig(server, cfgPath).get("dynamicConfigFile");
        if (dynamicNow.isPresent()) {
            delete(server, resolve(cfgPath, dynamicNow.get()));
        }
        if (original.dynamicFile() != null) {
            write(server, resolve(cfgPath, original.dynamicFile()), original.dynamic());
        }
        write(server, cfgPath, original.config());
        if (original.wasServing()) {
            restartServer(server);
        } else {
            stopServer(server);
        }
        for (String dir : original.createdDataDirs()) {
            delete(server, dir);
        }
        store.delete(server.id(), ORIGINAL);
    }

    @Override
    public Optional<List<Member>> configuredMembers(ServerSpec server) throws Exception {
        String cfgPath;
        try {
            cfgPath = configFile(server);
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
        if (read(server, cfgPath).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(readConfig(server, cfgPath).members());
    }

    @Override
    public boolean hasOriginal(ServerSpec server) {
        return originalOf(server).isPresent();
    }

    Optional<OriginalConfig> originalOf(ServerSpec server) {
        return store.load(server.id(), ORIGINAL, OriginalConfig.class);
    }

    NodeStateStore store() {
        return store;
    }

    private OriginalConfig capture(ServerSpec server, String cfgPath) throws Exception {
        String text = read(server, cfgPath).orElseThrow(() ->
                new IllegalStateException("server " + server.id() + ": no configuration at " + cfgPath));
        String dynamicFile = ZooCfg.parse(text).get("dynamicConfigFile").orElse(null);
        String dynamic = dynamicFile == null ? null : read(server, resolve(cfgPath, dynamicFile)).orElse(null);
        boolean serving = FourLetterWords.isServing(server.host(), server.clientPort());
        return store.save(server.id(), ORIGINAL,
                new OriginalConfig(server.id(), cfgPath, text, dynamicFile, dynamic, serving, List.of()));
    }

    /** The zoo.cfg with the dynamic file it names (3.5+) appended. */
    ZooCfg readConfig(ServerSpec server, String cfgPath) throws Exception {
        String text = read(server, cfgPath).orElseThrow(() ->
                new IllegalStateException("server " + server.id() + ": no configuration at " + cfgPath));
        Optional<String> dynamicFile = ZooCfg.parse(text).get("dynamicConfigFile");
        if (dynamicFile.isPresent()) {
            text = text + "\n" + read(server, resolve(cfgPath, dynamicFile.get())).orElse("");
        }
        return ZooCfg.parse(text);
    }

    static String resolve(String cfgPath, String file) {
        if (file.startsWith("/")) {
            return file;
        }
        int slash = cfgPath.lastIndexOf('/');
        return (slash < 0 ? "" : cfgPath.substring(0, slash + 1)) + file;
    }
}
