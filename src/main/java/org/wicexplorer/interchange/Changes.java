package org.wicexplorer.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What an edit changed in a record: the paths of the fields that differ, e.g. "title/en, date". */
final class Changes {
    private Changes() {
    }

    static String between(Object before, Object after) {
        JsonNode a = org.wicexplorer.data.DataJson.mapper().valueToTree(before);
        JsonNode b = org.wicexplorer.data.DataJson.mapper().valueToTree(after);
        List<String> out = new ArrayList<>();
        diff("", a, b, out);
        return String.join(", ", out);
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(path.isEmpty() ? name : path + "/" + name, a.get(name), b.get(name), out);
            }
        } else if (!java.util.Objects.equals(a == null || a.isNull() ? null : a, b == null || b.isNull() ? null : b)) {
            out.add(path);
        }
    }
}
