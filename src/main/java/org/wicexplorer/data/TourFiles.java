package org.wicexplorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Text;
import org.wicexplorer.tour.StepKind;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and saves tours ({@code *.wictour.json}, see docs/tour-format.md). A tour is only as good as
 * the dataset it walks through, so reading checks every id against the dataset and every passage
 * against its seed, and reports all problems at once as {@code FILE:LINE:COLUMN: message}, like the
 * dataset loader. A file with any problem yields no tour, so the app keeps the one it has.
 */
public final class TourFiles {
    public static final String EXTENSION = ".wictour.json";
    public static final int FORMAT_VERSION = 1;
    public static final String DEFAULT_NAME = "wic-in-13-steps" + EXTENSION;
    private static final String DEFAULT = "/org/wicexplorer/data/" + DEFAULT_NAME;
    /** Long enough for a paragraph, short enough to be read from the back of a room. */
    /** The longest passage a step may show: more does not fit on a projected screen. */
    public static final int MAX_PASSAGE = 600;
    private static final Set<String> TOP_LEVEL = Set.of("formatVersion", "title", "steps");
    private static final List<String> KINDS = List.of("edition", "controversy", "quote", "passage");
    private static final Set<String> STEP_FIELDS = Set.of("edition", "controversy", "quote", "passage", "notes");

    private final Dataset dataset;
    private final SeedLibrary seeds;

    public TourFiles(Dataset dataset, SeedLibrary seeds) {
        this.dataset = dataset;
        this.seeds = seeds;
    }

    public Tour read(Path file) throws DataException {
        String name = file.toString();
        try {
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new DataException(new Problem(name, 1, 1, Wording.t("noFile")));
        } catch (IOException e) {
            throw new DataException(new Problem(name, 1, 1, Wording.t("cannotRead", e.getMessage())));
        }
    }

    /** The tour that ships with the app: one step per edition, with notes. */
    public Tour bundledDefault() throws DataException {
        try (InputStream in = TourFiles.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new DataException(new Problem(DEFAULT_NAME, 1, 1, Wording.t("bundledMissing")));
            }
            return read(DEFAULT_NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new DataException(new Problem(DEFAULT_NAME, 1, 1, Wording.t("bundledUnreadable", e.getMessage())));
        }
    }

    public Tour read(String fileName, byte[] bytes) throws DataException {
        JsonDocument document = JsonDocument.parse(fileName, bytes);
        Reading reading = new Reading(fileName, document.locations(), document.root());
        Tour tour = reading.tour();
        if (!reading.problems.isEmpty()) {
            throw new DataException(reading.problems);
        }
        return tour;
    }

    /** Saves atomically, keeping the previous version as {@code NAME.bak}. */
    public static void write(Path file, Tour tour) throws IOException {
        AtomicFiles.write(file, toJson(tour));
    }

    public static byte[] toJson(Tour tour) {
        JsonMapper mapper = DataJson.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        if (!tour.title().isEmpty()) {
            root.set("title", text(mapper, tour.title()));
        }
        var steps = root.putArray("steps");
        for (TourStep step : tour.steps()) {
            ObjectNode node = steps.addObject();
            String field = step.kind().name().toLowerCase(Locale.ROOT);
            if (step.kind() == StepKind.PASSAGE) {
                ObjectNode passage = node.putObject(field);
                passage.put("document", step.target());
                passage.put("text", step.text());
            } else {
                node.put(field, step.target());
            }
            if (step.hasNotes()) {
                node.set("notes", text(mapper, step.notes()));
            }
        }
        try {
            return (mapper.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tour always converts to JSON", e);
        }
    }

    private static ObjectNode text(JsonMapper mapper, Text text) {
        ObjectNode node = mapper.createObjectNode();
        if (text.en() != null && !text.en().isBlank()) {
            node.put("en", text.en());
        }
        if (text.zh() != null && !text.zh().isBlank()) {
            node.put("zh", text.zh());
        }
        return node;
    }

    /** One pass over one file, collecting every problem with where it is. */
    private final class Reading {
        final String file;
        final JsonLocations locations;
        final JsonNode root;
        final List<Problem> problems = new ArrayList<>();

        Reading(String file, JsonLocations locations, JsonNode root) {
            this.file = file;
            this.locations = locations;
            this.root = root;
        }

        void problem(String pointer, String message) {
            int[] at = locations.find(pointer);
            problems.add(new Problem(file, at[0], at[1], message));
        }

        Tour tour() {
            if (!root.isObject()) {
                problem("", Wording.t("tour.notObject"));
                return null;
            }
            unknownFields(root, "", TOP_LEVEL);
            JsonNode version = root.get("formatVersion");
            if (version == null) {
                problem("", Wording.t("tour.missingVersion", FORMAT_VERSION));
            } else if (!version.isInt()) {
                problem("/formatVersion", Wording.t("wholeNumber", "formatVersion"));
            } else if (version.intValue() != FORMAT_VERSION) {
                problem("/formatVersion", Wording.t("tour.version", version.intValue(),
                        FORMAT_VERSION));
            }
            Text title = root.has("title") ? text(root.get("title"), "/title") : null;
            JsonNode stepsNode = root.get("steps");
            List<TourStep> steps = new ArrayList<>();
            if (stepsNode == null) {
                problem("", Wording.t("missingList", "steps"));
            } else if (!stepsNode.isArray()) {
                problem("/steps", Wording.t("mustBeList", "steps"));
            } else {
                for (int i = 0; i < stepsNode.size(); i++) {
                    TourStep step = step(stepsNode.get(i), "/steps/" + i);
                    if (step != null) {
                        steps.add(step);
                    }
                }
            }
            return new Tour(title, steps);
        }

        private TourStep step(JsonNode node, String at) {
            if (!node.isObject()) {
                problem(at, Wording.t("tour.stepNotObject"));
                return null;
            }
            unknownFields(node, at, STEP_FIELDS);
            List<String> kinds = KINDS.stream().filter(node::has).toList();
            if (kinds.size() != 1) {
                problem(at, kinds.isEmpty()
                        ? Wording.t("tour.stepNeedsOne")
                        : Wording.t("tour.stepOneThing", String.join(Wording.t("tour.and"),
                                kinds.stream().map(k -> "\"" + k + "\"").toList())));
                return null;
            }
            String kind = kinds.get(0);
            Text notes = node.has("notes") ? text(node.get("notes"), at + "/notes") : null;
            TourStep step = switch (kind) {
                case "edition" -> reference(node, at, kind, id -> dataset.edition(id).isPresent(), TourStep::edition);
                case "controversy" -> reference(node, at, kind,
                        id -> dataset.controversies().stream().anyMatch(c -> c.id().equals(id)), TourStep::controversy);
                case "quote" -> reference(node, at, kind, id -> dataset.citation(id).isPresent(), TourStep::quote);
                default -> passage(node.get(kind), at + "/" + kind);
            };
            return step == null ? null : step.withNotes(notes);
        }

        private TourStep reference(JsonNode node, String at, String kind, java.util.function.Predicate<String> exists,
                                   java.util.function.Function<String, TourStep> make) {
            String pointer = at + "/" + kind;
            JsonNode value = node.get(kind);
            String what = "quote".equals(kind) ? "citation" : kind;
            if (!value.isTextual() || value.asText().isBlank()) {
                problem(pointer, Wording.t("tour.idString", kind, Wording.t("kind." + what)));
                return null;
            }
            if (!exists.test(value.asText())) {
                problem(pointer, unknownId(kind, what, value.asText()));
                return null;
            }
            return make.apply(value.asText());
        }

        private String unknownId(String kind, String what, String id) {
            if (!"edition".equals(kind) || dataset.editions().isEmpty()) {
                return Wording.t("tour.unknownId", Wording.t("kind." + what), id);
            }
            return Wording.t("tour.editionsRange", Wording.t("kind." + what), id, dataset.editions().get(0).id(),
                    dataset.editions().get(dataset.editions().size() - 1).id());
        }

        private TourStep passage(JsonNode node, String at) {
            if (!node.isObject()) {
                problem(at, Wording.t("tour.passageObject"));
                return null;
            }
            unknownFields(node, at, Set.of("document", "text"));
            JsonNode document = node.get("document");
            JsonNode text = node.get("text");
            boolean ok = true;
            if (document == null || !document.isTextual()) {
                problem(document == null ? at : at + "/document", Wording.t("tour.passageDocument"));
                ok = false;
            } else if (seeds.document(document.asText()).isEmpty()) {
                problem(at + "/document", Wording.t("noSeed", document.asText()));
                ok = false;
            }
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                problem(text == null ? at : at + "/text", Wording.t("tour.passageText"));
                return null;
            }
            if (text.asText().length() > MAX_PASSAGE) {
                problem(at + "/text", Wording.t("tour.passageLong", text.asText().length(),
                        MAX_PASSAGE));
                return null;
            }
            if (ok && seeds.locate(document.asText(), text.asText()).isEmpty()) {
                problem(at + "/text", Wording.t("tour.passageNotInSeed", document.asText()));
                return null;
            }
            return ok ? TourStep.passage(document.asText(), text.asText()) : null;
        }

        private Text text(JsonNode node, String at) {
            if (!node.isObject()) {
                problem(at, Wording.t("tour.textObject"));
                return null;
            }
            unknownFields(node, at, Set.of("en", "zh"));
            String en = string(node, at, "en");
            String zh = string(node, at, "zh");
            return Text.of(en, zh);
        }

        private String string(JsonNode node, String at, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                problem(at + "/" + field, Wording.t("tour.expectedString", field));
                return null;
            }
            return value.asText();
        }

        private void unknownFields(JsonNode node, String at, Set<String> allowed) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    problem(at + "/" + name, Wording.t("unknownFieldKnown", name,
                            String.join(", ", allowed.stream().sorted().toList())));
                }
            }
        }
    }
}
