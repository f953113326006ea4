package io.zkmig.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code zkmig --version}: zkmig's own version and the ZooKeeper client it talks with. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "zkmig " + p.getProperty("version", "unknown"),
            "ZooKeeper client " + org.apache.zookeeper.Version.getFullVersion(),
            "Java " + System.getProperty("java.version"),
        };
    }
}
