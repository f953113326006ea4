package io.zkmig.nodes;

import io.zkmig.spec.NodesSpec;
import io.zkmig.spec.ServerSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Node control over ssh (Apache MINA SSHD client): reads and writes the server's {@code <configDir>/zoo.cfg}
 * and runs the operator's restart and stop commands, e.g. {@code sudo systemctl restart zookeeper}; {@code {id}}
 * and {@code {host}} in them are replaced by the server's myid and host. Host keys must be in {@code knownHosts}:
 * an unknown or changed host key is refused. The private key is read by reference and never printed.
 */
public final class SshNodeControl extends ConfigFileNodeControl {
    public static final Duration TIMEOUT = Duration.ofSeconds(30);
    public static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);

    private final NodesSpec.Ssh ssh;
    private final String privateKey;
    private final SshClient client;
    private final Map<String, ClientSession> sessions = new HashMap<>();

    /** {@code privateKey} is the key itself (resolved from the spec's reference), PEM or OpenSSH format. */
    public SshNodeControl(Path stateDir, NodesSpec.Ssh ssh, String privateKey, Path knownHosts) {
        super(stateDir);
        this.ssh = ssh;
        this.privateKey = privateKey;
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts));
        client.start();
    }

    @Override
    public String mode() {
        return "ssh";
    }

    @Override
    protected String configFile(ServerSpec server) {
        return ssh.configDir().replaceAll("/+$", "") + "/zoo.cfg";
    }

    @Override
    protected Optional<String> read(ServerSpec server, String path) throws IOException {
        Result r = exec(server, "cat " + quote(path), null);
        return r.exit == 0 ? Optional.of(r.out) : Optional.empty();
    }

    @Override
    protected void write(ServerSpec server, String path, String text) throws IOException {
        String tmp = path + ".zkmig-tmp";
        check(server, "write " + path, exec(server, "cat > " + quote(tmp) + " && mv -f " + quote(tmp) + " " + quote(path), text));
    }

    @Override
    protected void delete(ServerSpec server, String path) throws IOException {
        check(server, "remove " + path, exec(server, "rm -rf -- " + quote(path), null));
    }

    @Override
    protected void prepareDataDir(ServerSpec server, String dir) throws IOException {
        String myid = quote(dir + "/myid");
        check(server, "prepare " + dir, exec(server, "mkdir -p " + quote(dir) + " && { [ -f " + myid + " ] || echo "
                + server.id() + " > " + myid + "; }", null));
    }

    @Override
    protected void restartServer(ServerSpec server) throws IOException {
        check(server, "restart command", exec(server, command(ssh.restartCommand(), server), null));
    }

    @Override
    protected void stopServer(ServerSpec server) throws IOException {
        if (ssh.stopCommand() == null) {
            throw new IllegalStateException("nodes.ssh.stopCommand is not set: stop target server " + server.id() + " ("
                    + server.host() + ") by hand, then run the command again");
        }
        check(server, "stop command", exec(server, command(ssh.stopCommand(), server), null));
    }

    private static String command(String template, ServerSpec server) {
        return template.replace("{id}", Integer.toString(server.id())).replace("{host}", server.host());
    }

    @Override
    public synchronized void close() {
        sessions.values().forEach(s -> {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        });
        sessions.clear();
        client.stop();
    }

    private record Result(int exit, String out, String err) {
    }

    private static void check(ServerSpec server, String what, Result r) throws IOException {
        if (r.exit != 0) {
            throw new IOException("ssh " + server.host() + ": " + what + " failed (exit " + r.exit + ")"
                    + (r.err.isBlank() ? "" : ": " + r.err.strip()));
        }
    }

    private Result exec(ServerSpec server, String command, String stdin) throws IOException {
        ClientSession session = session(server.host());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8)));
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), COMMAND_TIMEOUT);
            Integer exit = channel.getExitStatus();
            return new Result(exit == null ? -1 : exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private synchronized ClientSession session(String host) throws IOException {
        ClientSession existing = sessions.get(host);
        if (existing != null && existing.isOpen()) {
            return existing;
        }
        ClientSession s = client.connect(ssh.user(), host, ssh.port()).verify(TIMEOUT).getSession();
        try {
            for (KeyPair k : keys(s)) {
                s.addPublicKeyIdentity(k);
            }
            s.auth().verify(TIMEOUT);
        } catch (IOException | RuntimeException e) {
            s.close();
            throw new IOException("ssh " + ssh.user() + "@" + host + ":" + ssh.port() + ": " + e.getMessage(), e);
        }
        sessions.put(host, s);
        return s;
    }

    private Iterable<KeyPair> keys(ClientSession s) throws IOException {
        try {
            return SecurityUtils.loadKeyPairIdentities(s, NamedResource.ofName("nodes.ssh.privateKey"),
                    new ByteArrayInputStream(privateKey.getBytes(StandardCharsets.UTF_8)), FilePasswordProvider.EMPTY);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("nodes.ssh.privateKey is not a usable private key (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Single-quotes a word for the remote POSIX shell. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
