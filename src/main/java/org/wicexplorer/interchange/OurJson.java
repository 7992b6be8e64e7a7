package org.wicexplorer.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetJsonWriter;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.JsonLocations;
import org.wicexplorer.data.LoadResult;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;

/**
 * The app's own format (docs/dataset-format.md). Reading goes through {@link DatasetLoader}, so an import
 * obeys exactly the rules of {@code --validate}; the other codecs convert to this format's tree first and
 * load that, so their output is checked the same way.
 */
public final class OurJson {
    static final List<String> SECTIONS = List.of("topics", "editions", "people", "appearances", "controversies",
            "documents", "milestones", "eras", "conflicts", "aliases", "citations");
    static final JsonMapper TREES = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private OurJson() {
    }

    public static byte[] write(Dataset dataset) {
        return DatasetJsonWriter.write(dataset);
    }

    /** A dataset file's bytes, checked completely. */
    public static Dataset read(String name, byte[] bytes, SeedLibrary seeds) throws DataException {
        LoadResult result = new DatasetLoader(seeds).load(name, bytes);
        if (!result.ok()) {
            throw new DataException(result.problems());
        }
        return result.dataset();
    }

    /** An empty dataset tree: every list present, as the format requires. */
    static ObjectNode emptyTree(String title) {
        ObjectNode root = TREES.createObjectNode();
        root.put("formatVersion", 1);
        root.putObject("info").put("title", title);
        SECTIONS.forEach(root::putArray);
        return root;
    }

    static com.fasterxml.jackson.databind.node.ArrayNode list(ObjectNode tree, String section) {
        return (com.fasterxml.jackson.databind.node.ArrayNode) tree.get(section);
    }

    /** Loads a converted tree; problems name {@code name} and the converted item's path, since it has no lines of its own. */
    static Dataset load(String name, ObjectNode tree, SeedLibrary seeds) throws DataException {
        String json;
        try {
            json = TREES.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        LoadResult result = new DatasetLoader(seeds).load(name, json.getBytes(StandardCharsets.UTF_8));
        if (!result.ok()) {
            String converted = Words.err("asConverted", name);
            throw new DataException(result.problems().stream()
                    .map(p -> new Problem(converted, p.line(), p.column(), p.message())).toList());
        }
        return result.dataset();
    }

    /** A JSON text as a tree with the position of each value, or its syntax error at its line and column. */
    static Located parse(String name, String json) throws DataException {
        try {
            JsonLocations locations = JsonLocations.of(TREES, json);
            return new Located(TREES.readTree(json), locations::find);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new DataException(new Problem(name, line, column, Words.err("jsonSyntax", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new DataException(new Problem(name, 1, 1, Words.err("cannotRead", String.valueOf(e.getMessage()))));
        }
    }

    /** A tree and where its values came from: {@code where} gives a JSON Pointer's {line, column} in the file. */
    record Located(JsonNode root, java.util.function.Function<String, int[]> where) {
        Problem problem(String file, String pointer, String message) {
            int[] at = where.apply(pointer);
            return new Problem(file, at[0], at[1], message);
        }
    }
}
