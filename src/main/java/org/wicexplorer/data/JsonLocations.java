package org.wicexplorer.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, keyed by JSON Pointer ({@code /editions/3/dates/end}).
 * Jackson's tree forgets positions, so one streaming pass records them for the validator's messages.
 * A field is located at its name, an array element at its first character.
 *
 * <p>The pass runs when a position is first asked for: only a problem needs one, so a file without problems,
 * such as the bundled dataset at every start, is read once, not twice (start-up, docs/performance.md, T1).
 */
public final class JsonLocations {
    private final JsonMapper mapper;
    private final String json;
    private Map<String, int[]> positions;

    private JsonLocations(JsonMapper mapper, String json) {
        this.mapper = mapper;
        this.json = json;
    }

    /**
     * The locations of a text that has already been read as a tree without a syntax error (the tree's reading
     * reports a syntax error with its own location); they are recorded when first needed.
     */
    public static JsonLocations of(JsonMapper mapper, String json) {
        return new JsonLocations(mapper, json);
    }

    private synchronized Map<String, int[]> positions() {
        if (positions == null) {
            positions = new HashMap<>();
            try {
                record();
            } catch (IOException e) {
                // The text was read as a tree before; a position it cannot give falls back to an ancestor's.
            }
        }
        return positions;
    }

    private void record() throws IOException {
        JsonLocations locations = this;
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.FIELD_NAME) {
                    locations.put(context.pathAsPointer().toString(), parser.currentTokenLocation());
                } else if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    JsonStreamContext parent = context.getParent();
                    locations.putIfAbsent(parent == null ? "" : parent.pathAsPointer().toString(),
                            parser.currentTokenLocation());
                } else if (token.isScalarValue()) {
                    locations.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation());
                }
            }
        }
    }

    private void put(String pointer, JsonLocation location) {
        positions.put(pointer, new int[] {location.getLineNr(), location.getColumnNr()});
    }

    private void putIfAbsent(String pointer, JsonLocation location) {
        positions.putIfAbsent(pointer, new int[] {location.getLineNr(), location.getColumnNr()});
    }

    /** The position of the pointer, or of its nearest located ancestor (a missing field is reported at its object). */
    public int[] find(String pointer) {
        Map<String, int[]> positions = positions();
        String p = pointer;
        while (true) {
            int[] found = positions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }
}
