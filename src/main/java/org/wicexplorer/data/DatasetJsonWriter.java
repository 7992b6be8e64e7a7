package org.wicexplorer.data;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.SourceDocument;

/**
 * Writes a dataset, or a sources index, in the format {@link DatasetLoader} and {@link SeedLibrary} read
 * (docs/dataset-format.md), with the same Jackson configuration, so what is written always reads back.
 */
public final class DatasetJsonWriter {
    /** Absent rather than null: the format treats a missing optional field and null alike. */
    private static final JsonMapper MAPPER = DataJson.mapper().rebuild()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // Only record components: helpers such as Text.isEmpty() or Citation.isSeed() are not fields.
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    private DatasetJsonWriter() {
    }

    public static byte[] write(Dataset d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", 1);
        root.set("info", MAPPER.valueToTree(d.info()));
        root.set("topics", MAPPER.valueToTree(d.topics()));
        root.set("editions", MAPPER.valueToTree(d.editions()));
        root.set("people", MAPPER.valueToTree(d.people()));
        root.set("appearances", MAPPER.valueToTree(d.appearances()));
        root.set("controversies", MAPPER.valueToTree(d.controversies()));
        root.set("documents", MAPPER.valueToTree(d.documents()));
        root.set("milestones", MAPPER.valueToTree(d.milestones()));
        root.set("eras", MAPPER.valueToTree(d.eras()));
        root.set("conflicts", MAPPER.valueToTree(d.conflicts()));
        root.set("aliases", MAPPER.valueToTree(d.aliases()));
        root.set("citations", MAPPER.valueToTree(d.citations()));
        return bytes(root);
    }

    /** A sources index ({@code sources.json}) listing {@code documents}, readable by {@link SeedLibrary#fromDirectory}. */
    public static byte[] writeSources(List<SourceDocument> documents) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", 1);
        root.set("sources", MAPPER.valueToTree(documents));
        return bytes(root);
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            // Records of strings, numbers, dates and enums always serialise.
            throw new IllegalStateException("cannot write the dataset as JSON", e);
        }
    }
}
