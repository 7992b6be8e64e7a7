package org.wicexplorer.ui.userdata;

import java.util.regex.Pattern;

/** What a new item starts as in the JSON editor: every field of the dataset format, to fill in. */
final class Templates {
    private Templates() {
    }

    /** An existing edition's JSON under the id {@code new-edition}: the user changes what differs. */
    static String editionLike(String json, String id) {
        return json.replaceFirst("\"id\"\\s*:\\s*\"" + Pattern.quote(id) + "\"", "\"id\" : \"new-edition\"");
    }

    static String person() {
        return """
                {
                  "id" : "new-person",
                  "name" : { "en" : "", "zh" : "" },
                  "aliases" : [ ]
                }""";
    }

    static String appearance(String edition) {
        return """
                {
                  "person" : "",
                  "edition" : "%s",
                  "role" : "speaker",
                  "position" : { "en" : "", "zh" : null },
                  "note" : null,
                  "sources" : [ ]
                }""".formatted(edition);
    }

    static String controversy(String edition) {
        return """
                {
                  "id" : "new-controversy",
                  "edition" : "%s",
                  "title" : { "en" : "", "zh" : null },
                  "summary" : { "en" : "", "zh" : null, "sources" : [ ], "unknown" : null },
                  "topics" : [ ],
                  "perspectives" : [ ]
                }""".formatted(edition);
    }

    static String citation() {
        return """
                {
                  "id" : "c-user-1",
                  "document" : null,
                  "url" : "https://",
                  "publisher" : "",
                  "title" : "",
                  "date" : "unknown",
                  "quote" : "",
                  "confidence" : "medium",
                  "note" : null
                }""";
    }
}
