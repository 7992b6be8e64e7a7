package org.wicexplorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.wicexplorer.model.SourceDocument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source documents the app ships: the sources index ({@code sources.json}) and each document's
 * raw text. Reads only files named by the index, and only inside the folder it was given.
 */
public final class SeedLibrary {
    static final String INDEX = "sources.json";
    private static final String BUNDLED = "/org/wicexplorer/seeds/";

    // Copied on write: imported documents join a library that readers on other threads may be using.
    private volatile Map<String, SourceDocument> documents;
    private volatile Map<String, String> texts;
    private final Map<String, QuoteMatcher> matchers = new ConcurrentHashMap<>();
    /**
     * Where each quote asked about stands, per document. A document's text never changes (an import adds
     * documents, never replaces one), so neither does the answer; checking the whole dataset after each
     * edit asks again about every seed quote, and scanning the documents was most of that check.
     */
    private final Map<String, Map<String, Optional<QuoteMatcher.Range>>> located = new ConcurrentHashMap<>();

    private SeedLibrary(Map<String, SourceDocument> documents, Map<String, String> texts) {
        this.documents = documents;
        this.texts = texts;
    }

    /** The seeds inside the application. */
    public static SeedLibrary bundled() throws DataException {
        return load(name -> {
            try (InputStream in = SeedLibrary.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new IOException("missing from the application: " + name);
                }
                return in.readAllBytes();
            }
        }, "seeds/");
    }

    /** Seeds in a folder holding a {@code sources.json}. */
    public static SeedLibrary fromDirectory(Path dir) throws DataException {
        Path root = dir.toAbsolutePath().normalize();
        return load(name -> Files.readAllBytes(root.resolve(name)), dir + "/");
    }

    private interface Reader {
        byte[] read(String name) throws IOException;
    }

    private static SeedLibrary load(Reader reader, String prefix) throws DataException {
        String indexName = prefix + INDEX;
        JsonMapper mapper = DataJson.mapper();
        String json;
        try {
            json = Utf8.decode(indexName, reader.read(INDEX));
        } catch (IOException e) {
            throw new DataException(new Problem(indexName, 1, 1, "cannot read the sources index: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, SourceDocument> documents = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        try {
            JsonLocations locations = JsonLocations.of(mapper, json);
            JsonNode sources = mapper.readTree(json).path("sources");
            for (int i = 0; i < sources.size(); i++) {
                String pointer = "/sources/" + i;
                SourceDocument doc;
                try {
                    doc = mapper.treeToValue(sources.get(i), SourceDocument.class);
                } catch (JsonProcessingException e) {
                    int[] at = locations.find(pointer);
                    problems.add(new Problem(indexName, at[0], at[1], JsonProblems.describe(e)));
                    continue;
                }
                String problem = checkFileName(doc);
                if (problem == null && documents.containsKey(doc.id())) {
                    problem = "duplicate id \"" + doc.id() + "\"";
                }
                if (problem != null) {
                    int[] at = locations.find(pointer);
                    problems.add(new Problem(indexName, at[0], at[1], problem));
                    continue;
                }
                try {
                    texts.put(doc.id(), Utf8.decode(prefix + doc.file(), reader.read(doc.file())));
                    documents.put(doc.id(), doc);
                } catch (IOException e) {
                    int[] at = locations.find(pointer);
                    problems.add(new Problem(indexName, at[0], at[1], "cannot read \"" + doc.file() + "\": " + e));
                } catch (DataException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(JsonProblems.syntax(indexName, e));
        } catch (IOException e) {
            problems.add(new Problem(indexName, 1, 1, "cannot read the sources index: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new SeedLibrary(documents, texts);
    }

    /** A document's file must be a plain name in the seeds folder: no paths, so nothing is read outside it. */
    private static String checkFileName(SourceDocument doc) {
        if (doc.id() == null || doc.file() == null) {
            return "a source needs an \"id\" and a \"file\"";
        }
        String file = doc.file();
        if (file.isBlank() || file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            return "file \"" + file + "\" must be a plain file name inside the seeds folder";
        }
        return null;
    }

    /**
     * Adds the documents of {@code other} (the user's imported documents) to this library, so that
     * search, the reader and citations find them like the shipped seeds. Ids already present are kept.
     */
    public synchronized void addAll(SeedLibrary other) {
        Map<String, SourceDocument> docs = new LinkedHashMap<>(documents);
        Map<String, String> text = new LinkedHashMap<>(texts);
        for (SourceDocument doc : other.documents()) {
            if (docs.putIfAbsent(doc.id(), doc) == null) {
                text.put(doc.id(), other.text(doc.id()));
            }
        }
        texts = text;
        documents = docs;
    }

    public List<SourceDocument> documents() {
        return List.copyOf(documents.values());
    }

    public Optional<SourceDocument> document(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The document's text exactly as shipped. */
    public String text(String id) {
        String text = texts.get(id);
        if (text == null) {
            throw new IllegalArgumentException("no seed document " + id);
        }
        return text;
    }

    public QuoteMatcher matcher(String id) {
        return matchers.computeIfAbsent(id, key -> new QuoteMatcher(text(key)));
    }

    /** Where a quote stands in a seed document, if it does; each answer is worked out once. */
    public Optional<QuoteMatcher.Range> locate(String id, String quote) {
        if (!documents.containsKey(id)) {
            return Optional.empty();
        }
        return located.computeIfAbsent(id, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(quote, q -> matcher(id).find(q));
    }
}
