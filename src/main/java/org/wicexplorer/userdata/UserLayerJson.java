package org.wicexplorer.userdata;

import org.wicexplorer.data.Wording;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DataJson;
import org.wicexplorer.data.JsonDocument;
import org.wicexplorer.data.JsonLocations;
import org.wicexplorer.data.JsonProblems;
import org.wicexplorer.data.Problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user file's JSON (docs/user-data.md): {@code "format": 1}, then one object per section mapping each
 * key to an item written exactly as in the bundled dataset, then {@code notes} and {@code annotations}.
 * Reading reports every problem with its line and column and keeps nothing of a file that has one.
 */
public final class UserLayerJson {
    public static final int FORMAT = 1;

    private UserLayerJson() {
    }

    /** A layer, or the problems that kept the file from being one. */
    public record Decoded(UserLayer layer, List<Problem> problems, JsonLocations locations) {
        public boolean ok() {
            return layer != null;
        }
    }

    /**
     * Writes record components only: the model's convenience methods ({@code Text.isEmpty()},
     * {@code Fact.isKnown()}) would otherwise appear as fields the strict reader then refuses.
     */
    private static final JsonMapper WRITER = DataJson.mapper().rebuild()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .build();

    /** One item as the user file and the dataset file write it, for editing by hand. */
    public static String toJson(Object item) {
        try {
            return WRITER.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one item typed by hand; a mistake comes back as a problem with line and column. */
    public static <T> T fromJson(String json, Class<T> type) throws org.wicexplorer.data.DataException {
        try {
            return DataJson.mapper().readValue(json, type);
        } catch (JsonMappingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new org.wicexplorer.data.DataException(new Problem("", at == null ? 1 : at.getLineNr(),
                    at == null ? 1 : at.getColumnNr(), JsonProblems.describe(e)));
        } catch (JsonProcessingException e) {
            throw new org.wicexplorer.data.DataException(JsonProblems.syntax("", e));
        }
    }

    public static byte[] encode(UserLayer layer) throws IOException {
        JsonMapper mapper = WRITER;
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        for (ItemKind<?> kind : ItemKind.ALL) {
            Map<String, ?> items = layer.items(kind);
            if (!items.isEmpty()) {
                ObjectNode section = root.putObject(kind.section());
                items.forEach((key, item) -> section.set(key, mapper.valueToTree(item)));
            }
        }
        ObjectNode notes = root.putObject("notes");
        layer.notes().forEach((edition, note) -> notes.set(edition, mapper.valueToTree(note)));
        ObjectNode annotations = root.putObject("annotations");
        layer.annotations().forEach((id, a) -> annotations.set(id, mapper.valueToTree(a)));
        return mapper.writeValueAsBytes(root);
    }

    public static Decoded decode(String fileName, byte[] bytes) {
        JsonDocument document;
        try {
            document = JsonDocument.parse(fileName, bytes);
        } catch (DataException e) {
            return new Decoded(null, e.problems(), null);
        }
        return new Reading(fileName, DataJson.mapper(), document.locations()).read(document.root());
    }

    /** The JSON Pointer of an item in the file, for locating problems found after reading. */
    public static String pointer(String section, String key) {
        return "/" + section + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    private static final class Reading {
        private static final Set<String> SECTIONS = ItemKind.ALL.stream().map(ItemKind::section)
                .collect(Collectors.toSet());

        final String file;
        final JsonMapper mapper;
        final JsonLocations locations;
        final List<Problem> problems = new ArrayList<>();

        Reading(String file, JsonMapper mapper, JsonLocations locations) {
            this.file = file;
            this.mapper = mapper;
            this.locations = locations;
        }

        Decoded read(JsonNode root) {
            if (!root.isObject()) {
                problem("", Wording.t("user.notObject", FORMAT));
                return done(null);
            }
            JsonNode format = root.get("format");
            if (format == null) {
                problem("", Wording.t("missingField", "format"));
                return done(null);
            }
            if (!format.isInt()) {
                problem("/format", Wording.t("wholeNumber", "format"));
                return done(null);
            }
            if (format.intValue() != FORMAT) {
                problem("/format", Wording.t("user.formatUnknown", format.intValue(),
                        FORMAT));
                return done(null);
            }
            Map<ItemKind<?>, Map<String, Object>> items = new LinkedHashMap<>();
            Map<String, Note> notes = new LinkedHashMap<>();
            Map<String, Annotation> annotations = new LinkedHashMap<>();
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("format") && !name.equals("notes") && !name.equals("annotations")
                        && !SECTIONS.contains(name)) {
                    problem("/" + name, Wording.t("unknownTopField", name));
                }
            }
            for (ItemKind<?> kind : ItemKind.ALL) {
                section(root, kind.section(), kind.type(), (key, item, at) -> {
                    String base = keyOf(kind, item);
                    if (!key.equals(base) && !(kind == ItemKind.APPEARANCE && key.startsWith(base + "~"))) {
                        problem(at, Wording.t("user.keyNotId", key, base));
                    }
                    items.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, item);
                });
            }
            section(root, "notes", Note.class, (key, note, at) -> {
                if (!key.equals(note.edition())) {
                    problem(at, Wording.t("user.keyNotEdition", key, note.edition()));
                } else if (note.text() == null) {
                    problem(at, Wording.t("missingField", "text"));
                }
                notes.put(key, note);
            });
            section(root, "annotations", Annotation.class, (key, a, at) -> {
                if (!key.equals(a.id())) {
                    problem(at, Wording.t("user.keyNotAnnotation", key, a.id()));
                }
                annotations.put(key, a);
            });
            return done(UserLayer.of(items, notes, annotations));
        }

        private static <T> String keyOf(ItemKind<T> kind, Object item) {
            return kind.keyOf(kind.cast(item));
        }

        interface Entry<T> {
            void accept(String key, T item, String pointer);
        }

        private <T> void section(JsonNode root, String name, Class<T> type, Entry<T> entry) {
            JsonNode node = root.get(name);
            if (node == null) {
                return;
            }
            if (!node.isObject()) {
                problem("/" + name, Wording.t("user.mapOfItems", name));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer(name, field.getKey());
                if (!field.getValue().isObject()) {
                    problem(at, Wording.t("expectedObject", JsonProblems.nodeName(field.getValue())));
                    continue;
                }
                try {
                    entry.accept(field.getKey(), mapper.treeToValue(field.getValue(), type), at);
                } catch (JsonMappingException e) {
                    problem(at + JsonProblems.pointer(e), JsonProblems.describe(e));
                } catch (JsonProcessingException e) {
                    problem(at, JsonProblems.describe(e));
                }
            }
        }

        private void problem(String pointer, String message) {
            int[] at = locations.find(JsonPointer.compile(pointer).toString());
            problems.add(new Problem(file, at[0], at[1], message));
        }

        private Decoded done(UserLayer layer) {
            return new Decoded(problems.isEmpty() ? layer : null, problems, locations);
        }
    }
}
