package io.zkmig.ensemble;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.zookeeper.client.FourLetterWordMain;

/**
 * ZooKeeper's four-letter words ({@code srvr}, {@code mntr}, {@code conf}, {@code cons}, {@code ruok}),
 * through the client library's own sender. Servers from 3.5.3 answer only whitelisted words; zkmig's
 * sandbox whitelists all, and preflight reports a server that refuses.
 */
public final class FourLetterWords {
    public static final int DEFAULT_TIMEOUT_MS = 3000;

    private FourLetterWords() {
    }

    public static String send(String host, int port, String word) throws IOException {
        return send(host, port, word, DEFAULT_TIMEOUT_MS);
    }

    public static String send(String host, int port, String word, int timeoutMs) throws IOException {
        try {
            return FourLetterWordMain.send4LetterWord(host, port, word, false, timeoutMs);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(word + " to " + host + ":" + port + " failed: " + e.getMessage(), e);
        }
    }

    /** True when the server answers {@code srvr} as serving (not "not currently serving requests"). */
    public static boolean isServing(String host, int port) {
        try {
            String out = send(host, port, "srvr", 1000);
            return out.contains("Mode:") && !out.contains("not currently serving");
        } catch (IOException e) {
            return false;
        }
    }

    /** Parses {@code key: value} (srvr) or {@code key<TAB>value} (mntr) lines. */
    public static Map<String, String> parse(String output) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int tab = line.indexOf('\t');
            int colon = line.indexOf(": ");
            int at = tab > 0 ? tab : colon;
            if (at > 0) {
                values.put(line.substring(0, at).trim(), line.substring(at + (tab > 0 ? 1 : 2)).trim());
            }
        }
        return values;
    }
}
