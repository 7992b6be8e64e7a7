package org.wicexplorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.wicexplorer.model.AliasGroup;
import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.ConferenceDocument;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.DatasetInfo;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Person;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.model.Topic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a dataset file and checks it completely. Every problem found is reported with its line and
 * column; a file with any problem yields no dataset, so callers keep the last good one.
 */
public final class DatasetLoader {
    public static final String BUNDLED_NAME = "wic-dataset.json";
    private static final String BUNDLED = "/org/wicexplorer/data/" + BUNDLED_NAME;
    private static final Set<String> TOP_LEVEL = Set.of("formatVersion", "info", "topics", "editions", "people",
            "appearances", "controversies", "documents", "milestones", "eras", "conflicts", "aliases", "citations");

    private final SeedLibrary seeds;

    public DatasetLoader(SeedLibrary seeds) {
        this.seeds = seeds;
    }

    public LoadResult load(Path file) {
        String name = file.toString();
        try {
            return load(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return LoadResult.failed(new Problem(name, 1, 1, Wording.t("noFile")));
        } catch (IOException e) {
            return LoadResult.failed(new Problem(name, 1, 1, Wording.t("cannotRead", e.getMessage())));
        }
    }

    public LoadResult loadBundled() {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return LoadResult.failed(new Problem(BUNDLED_NAME, 1, 1, Wording.t("bundledMissing")));
            }
            return load(BUNDLED_NAME, in.readAllBytes());
        } catch (IOException e) {
            return LoadResult.failed(new Problem(BUNDLED_NAME, 1, 1, Wording.t("bundledUnreadable", e.getMessage())));
        }
    }

    public LoadResult load(String fileName, byte[] bytes) {
        JsonDocument document;
        try {
            document = JsonDocument.parse(fileName, bytes);
        } catch (DataException e) {
            return LoadResult.failed(e.problems());
        }
        JsonNode root = document.root();
        JsonMapper mapper = DataJson.mapper();
        Reading reading = new Reading(fileName, mapper, document.locations(), root);
        if (!root.isObject()) {
            reading.problem("", Wording.t("topLevelObject"));
            return LoadResult.failed(reading.problems);
        }
        DatasetSections sections = reading.sections();
        for (DatasetValidator.Issue issue : new DatasetValidator(sections, seeds).validate()) {
            reading.problem(issue.pointer(), issue.message());
        }
        if (!reading.problems.isEmpty()) {
            return LoadResult.failed(reading.problems);
        }
        return LoadResult.of(sections.toDataset());
    }

    /** One pass over one file: converts each element on its own, so one bad element does not hide the next. */
    private static final class Reading {
        final String file;
        final JsonMapper mapper;
        final JsonLocations locations;
        final JsonNode root;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, Set<String>> unreadableIds = new HashMap<>();

        Reading(String file, JsonMapper mapper, JsonLocations locations, JsonNode root) {
            this.file = file;
            this.mapper = mapper;
            this.locations = locations;
            this.root = root;
        }

        void problem(String pointer, String message) {
            int[] at = locations.find(pointer);
            problems.add(new Problem(file, at[0], at[1], message));
        }

        DatasetSections sections() {
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!TOP_LEVEL.contains(name)) {
                    problem("/" + name, Wording.t("unknownTopField", name));
                }
            }
            Integer version = null;
            JsonNode versionNode = root.get("formatVersion");
            if (versionNode == null) {
                problem("", Wording.t("missingField", "formatVersion"));
            } else if (!versionNode.isInt()) {
                problem("/formatVersion", Wording.t("wholeNumber", "formatVersion"));
            } else {
                version = versionNode.intValue();
            }
            Located<DatasetInfo> info = null;
            if (root.get("info") == null) {
                problem("", Wording.t("missingField", "info"));
            } else {
                info = convert(root.get("info"), "/info", DatasetInfo.class);
            }
            return new DatasetSections(version, info,
                    list("topics", Topic.class), list("editions", Edition.class), list("people", Person.class),
                    list("appearances", Appearance.class), list("controversies", Controversy.class),
                    list("documents", ConferenceDocument.class), list("milestones", Milestone.class),
                    list("eras", Era.class), list("conflicts", SourceConflict.class),
                    list("aliases", AliasGroup.class), list("citations", Citation.class), unreadableIds);
        }

        private <T> List<Located<T>> list(String name, Class<T> type) {
            JsonNode node = root.get(name);
            List<Located<T>> out = new ArrayList<>();
            if (node == null) {
                problem("", Wording.t("missingList", name));
                return out;
            }
            if (!node.isArray()) {
                problem("/" + name, Wording.t("mustBeList", name));
                return out;
            }
            for (int i = 0; i < node.size(); i++) {
                Located<T> item = convert(node.get(i), "/" + name + "/" + i, type);
                if (item != null) {
                    out.add(item);
                } else if (node.get(i).path("id").isTextual()) {
                    unreadableIds.computeIfAbsent(name, k -> new HashSet<>()).add(node.get(i).path("id").asText());
                }
            }
            return out;
        }

        private <T> Located<T> convert(JsonNode node, String pointer, Class<T> type) {
            if (!node.isObject()) {
                problem(pointer, Wording.t("expectedObject", JsonProblems.nodeName(node)));
                return null;
            }
            try {
                return new Located<>(mapper.treeToValue(node, type), pointer);
            } catch (JsonMappingException e) {
                problem(pointer + JsonProblems.pointer(e), JsonProblems.describe(e));
            } catch (JsonProcessingException e) {
                problem(pointer, JsonProblems.describe(e));
            }
            return null;
        }
    }
}
