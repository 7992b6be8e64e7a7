package org.wicexplorer.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Remembers the citation style the user last chose ({@code citation.json} beside the settings), read
 * like {@link SettingsStore}: the file, then its backup, then nothing; saved atomically. The style is
 * kept as its id (see {@code cite.CitationStyle#id()}); an unknown id reads as no choice.
 */
public final class CitationSettingsStore {
    private final Path file;

    public CitationSettingsStore(Path file) {
        this.file = file;
    }

    public static CitationSettingsStore inUserDataHome() {
        return new CitationSettingsStore(UserDirectories.dataHome().resolve("citation.json"));
    }

    public Path file() {
        return file;
    }

    /** The remembered style's id, if one was saved and can be read. */
    public Optional<String> style() {
        // The first readable file decides: one without a style is no choice, not a reason to try the backup.
        return AtomicFiles.readWithBackup(file, bytes -> {
            JsonNode node = DataJson.mapper().reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readTree(bytes);
            JsonNode style = node == null ? null : node.get("style");
            return style != null && style.isTextual() ? Optional.of(style.asText()) : Optional.<String>empty();
        }).flatMap(style -> style);
    }

    public void saveStyle(String id) throws IOException {
        ObjectNode node = DataJson.mapper().createObjectNode().put("style", id);
        AtomicFiles.write(file, DataJson.mapper().writeValueAsBytes(node));
    }
}
