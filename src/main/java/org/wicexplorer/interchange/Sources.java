package org.wicexplorer.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * Every fact needs a citation (docs/dataset-format.md). An item read from a foreign file is cited to that
 * file, or to the web page it names, with its headline as the quote and low confidence: the file is the
 * only evidence the import has.
 */
final class Sources {
    private Sources() {
    }

    /** Adds a web citation {@code id} to {@code citations} and returns its id. */
    static String cite(ArrayNode citations, String id, String url, String publisher, String date, String quote,
                       String note) {
        ObjectNode c = citations.addObject();
        c.put("id", id);
        c.put("url", url);
        c.put("publisher", publisher);
        c.put("date", date == null || date.isBlank() ? "unknown" : date);
        c.put("quote", Texts.quote(quote));
        c.put("confidence", "low");
        c.put("note", note);
        return id;
    }

    static ObjectNode fact(String text, String citation) {
        ObjectNode fact = Texts.text(text);
        fact.putArray("sources").add(citation);
        return fact;
    }

    /** Every citation id a tree of items names in a {@code sources} list, at any depth, added to {@code into}. */
    static void collect(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("sources") && f.getValue().isArray()) {
                    f.getValue().forEach(s -> into.add(s.asText()));
                } else {
                    collect(f.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, into));
        }
    }
}
