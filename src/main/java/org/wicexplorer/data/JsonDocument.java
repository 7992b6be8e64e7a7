package org.wicexplorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * A JSON file as every reader of the app's files starts from it: strict UTF-8, not empty, parsed into a
 * tree, with the position of each value kept for line-and-column problems.
 */
public record JsonDocument(JsonNode root, JsonLocations locations) {

    /** Reads the bytes of {@code fileName}; what is wrong is one problem at its line and column. */
    public static JsonDocument parse(String fileName, byte[] bytes) throws DataException {
        String json = Utf8.decode(fileName, bytes);
        if (json.isBlank()) {
            throw new DataException(new Problem(fileName, 1, 1, "the file is empty; expected a JSON object"));
        }
        JsonMapper mapper = DataJson.mapper();
        try {
            // The tree's reading reports a syntax error; the locations are recorded only if a problem needs one.
            JsonNode root = mapper.readTree(json);
            return new JsonDocument(root, JsonLocations.of(mapper, json));
        } catch (JsonProcessingException e) {
            throw new DataException(JsonProblems.syntax(fileName, e));
        } catch (IOException e) {
            throw new DataException(new Problem(fileName, 1, 1, "cannot read the file: " + e.getMessage()));
        }
    }
}
