package io.zkmig.runner.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's bytes read as records, one per line. Every line that ends with a newline must be a record.
 * The text after the last newline is what an interrupted append leaves: a complete record that only lacks
 * its newline is kept ({@link #missingNewline}); anything that is not JSON is a torn write ({@link #torn}),
 * which never reported success and is the only thing ever set aside. Anything else is damage. Public for
 * ledgers kept elsewhere than a file (io.zkmig.cloud's S3 ledger), so every ledger reads and writes one format.
 */
public record LedgerLines(List<LedgerEntry> entries, long completeBytes, byte[] torn, boolean missingNewline,
                   List<LedgerDamagedException.BadLine> bad, long lineCount) {

    /** One record as its line, newline included: what an append adds to the ledger's bytes. */
    public static String line(LedgerEntry entry) {
        return LedgerCodec.encode(entry) + "\n";
    }

    public static LedgerLines parse(byte[] bytes) {
        List<LedgerEntry> entries = new ArrayList<>();
        List<LedgerDamagedException.BadLine> bad = new ArrayList<>();
        long lineNo = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lineNo++;
                read(bytes, start, i, lineNo, entries, bad);
                start = i + 1;
            }
        }
        if (start == bytes.length) {
            return new LedgerLines(entries, bytes.length, null, false, bad, lineNo);
        }
        lineNo++;
        String last = text(bytes, start, bytes.length);
        if (last == null || !LedgerCodec.isJson(last)) {
            byte[] torn = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
            return new LedgerLines(entries, start, torn, false, bad, lineNo);
        }
        read(bytes, start, bytes.length, lineNo, entries, bad);
        return new LedgerLines(entries, bytes.length, null, true, bad, lineNo);
    }

    public boolean damaged() {
        return !bad.isEmpty();
    }

    private static void read(byte[] bytes, int from, int to, long lineNo, List<LedgerEntry> entries,
                             List<LedgerDamagedException.BadLine> bad) {
        String line = text(bytes, from, to);
        if (line == null) {
            bad.add(new LedgerDamagedException.BadLine(lineNo, "not UTF-8 text"));
            return;
        }
        try {
            entries.add(LedgerCodec.decode(line));
        } catch (LedgerCodec.BadRecord e) {
            bad.add(new LedgerDamagedException.BadLine(lineNo, e.getMessage()));
        }
    }

    private static String text(byte[] bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
