package io.zkmig.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** The JSON paths where two synthesized stacks differ, CDKTF's "//" metadata left out. */
final class JsonDiff {
    private JsonDiff() {
    }

    static List<String> paths(String before, String after) {
        List<String> out = new ArrayList<>();
        walk("", Synth.tree(before), Synth.tree(after), out);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                if (k.equals("//")) {
                    continue;
                }
                if (!a.has(k) || !b.has(k)) {
                    out.add(path + "/" + k + (a.has(k) ? " removed" : " added"));
                } else {
                    walk(path + "/" + k, a.get(k), b.get(k), out);
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            Iterator<JsonNode> ia = a.elements();
            Iterator<JsonNode> ib = b.elements();
            for (int i = 0; ia.hasNext(); i++) {
                walk(path + "/" + i, ia.next(), ib.next(), out);
            }
        } else if (!a.equals(b)) {
            out.add(path + " changed");
        }
    }
}
