package org.wicexplorer.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetJsonWriter;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.data.UserDirectories;
import org.wicexplorer.model.SourceDocument;

/**
 * The user's imported documents: {@code documents/} in the user data folder, laid out like the shipped
 * seeds (a {@code sources.json} index and one text file per document), so {@link SeedLibrary} reads them.
 * Each text is written before the index that names it, both atomically, so a crash never leaves the
 * index naming a missing or half-written file.
 */
public final class ImportedDocuments {
    public static final String FOLDER = "documents";
    private static final String INDEX = "sources.json";

    private final Path dir;

    public ImportedDocuments(Path dir) {
        this.dir = dir;
    }

    public static ImportedDocuments inUserDataHome() {
        return new ImportedDocuments(UserDirectories.dataHome().resolve(FOLDER));
    }

    public Path folder() {
        return dir;
    }

    /** The imported documents, or empty when none were ever imported. */
    public Optional<SeedLibrary> load() throws DataException {
        if (!Files.exists(dir.resolve(INDEX))) {
            return Optional.empty();
        }
        return Optional.of(SeedLibrary.fromDirectory(dir));
    }

    public List<SourceDocument> entries() throws DataException {
        return load().map(SeedLibrary::documents).orElse(List.of());
    }

    /** Adds documents whose ids are new; their files are named after their ids. */
    public void add(List<NewDocument> documents) throws IOException, DataException {
        if (documents.isEmpty()) {
            return;
        }
        List<SourceDocument> index = new ArrayList<>(entries());
        for (NewDocument d : documents) {
            AtomicFiles.write(dir.resolve(d.entry().file()), d.text().getBytes(StandardCharsets.UTF_8));
            index.add(d.entry());
        }
        AtomicFiles.write(dir.resolve(INDEX), DatasetJsonWriter.writeSources(index));
    }
}
