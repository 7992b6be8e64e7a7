package org.wicexplorer.userdata;

import org.wicexplorer.data.Wording;
import org.wicexplorer.data.DatasetCheck;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled dataset with the user layer laid over it: a user item replaces the bundled item of the
 * same key in place, and a new key is added after the bundled items, so bundled citation numbers stay.
 * Pure: neither input is changed.
 */
public final class Overlay {
    private final Dataset effective;
    private final Map<ItemKind<?>, Map<String, Provenance>> provenance;

    private final Map<Object, String> keys;

    private Overlay(Dataset effective, Map<ItemKind<?>, Map<String, Provenance>> provenance,
                    Map<Object, String> keys) {
        this.effective = effective;
        this.provenance = provenance;
        this.keys = keys;
    }

    public static Overlay merge(Dataset bundled, UserLayer layer) {
        Map<ItemKind<?>, Map<String, Provenance>> provenance = new HashMap<>();
        Map<ItemKind<?>, List<?>> lists = new HashMap<>();
        Map<Object, String> keys = new IdentityHashMap<>();
        for (ItemKind<?> kind : ItemKind.ALL) {
            Map<String, Provenance> marks = new HashMap<>();
            lists.put(kind, section(kind, bundled, layer, marks, keys));
            provenance.put(kind, marks);
        }
        Dataset effective = new Dataset(bundled.info(), list(lists, ItemKind.TOPIC), list(lists, ItemKind.EDITION),
                list(lists, ItemKind.PERSON), list(lists, ItemKind.APPEARANCE), list(lists, ItemKind.CONTROVERSY),
                list(lists, ItemKind.DOCUMENT), list(lists, ItemKind.MILESTONE), list(lists, ItemKind.ERA),
                list(lists, ItemKind.CONFLICT), bundled.aliases(), list(lists, ItemKind.CITATION));
        return new Overlay(effective, provenance, keys);
    }

    /**
     * Bundled items in order, each replaced by the user's item of the same key, then the user's new items.
     * Bundled items that share a base key (one person's two letters to an edition) are told apart by
     * occurrence: {@code key}, {@code key~2}, and so on.
     */
    private static <T> List<T> section(ItemKind<T> kind, Dataset bundled, UserLayer layer,
                                       Map<String, Provenance> marks, Map<Object, String> keys) {
        Map<String, T> user = layer.items(kind);
        List<T> out = new ArrayList<>();
        for (T item : kind.in(bundled)) {
            String key = occurrenceKey(kind.keyOf(item), marks.keySet());
            T replacement = user.get(key);
            T shown = replacement != null ? replacement : item;
            out.add(shown);
            keys.put(shown, key);
            marks.put(key, replacement != null ? Provenance.CHANGED : Provenance.BUNDLED);
        }
        user.forEach((key, item) -> {
            if (!marks.containsKey(key)) {
                out.add(item);
                keys.put(item, key);
                marks.put(key, Provenance.USER_MADE);
            }
        });
        return out;
    }

    static String occurrenceKey(String base, Set<String> taken) {
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "~" + n;
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<ItemKind<?>, List<?>> lists, ItemKind<T> kind) {
        return (List<T>) lists.get(kind);
    }

    /** The dataset the explorer shows. */
    public Dataset effective() {
        return effective;
    }

    /** Where an item of the effective dataset comes from; empty for a key it does not hold. */
    public Optional<Provenance> provenance(ItemKind<?> kind, String key) {
        return Optional.ofNullable(provenance.getOrDefault(kind, Map.of()).get(key));
    }

    /** The key of an item of the effective dataset (the very object it holds), which edits and resets use. */
    public String keyOf(ItemKind<?> kind, Object item) {
        String key = keys.get(item);
        return key != null ? key : keyOfUnchecked(kind, item);
    }

    private static <T> String keyOfUnchecked(ItemKind<T> kind, Object item) {
        return kind.keyOf(kind.cast(item));
    }

    /** The keys of every item of a kind in the effective dataset. */
    public Set<String> keysOf(ItemKind<?> kind) {
        return Set.copyOf(provenance.getOrDefault(kind, Map.of()).keySet());
    }

    /** The effective item at a key. */
    public <T> Optional<T> item(ItemKind<T> kind, String key) {
        return kind.in(effective).stream().filter(item -> key.equals(keyOf(kind, item))).findFirst();
    }

    public Provenance provenanceOf(ItemKind<?> kind, Object item) {
        return provenance(kind, keyOf(kind, item)).orElse(Provenance.BUNDLED);
    }

    public boolean isUserData(ItemKind<?> kind, String key) {
        return provenance(kind, key).filter(p -> p != Provenance.BUNDLED).isPresent();
    }

    /** Something wrong with the data after an edit, naming the user item it is about. */
    public record Issue(String section, String key, String message) {
        @Override
        public String toString() {
            String what = switch (section) {
                case "people" -> "person";
                case "controversies" -> "controversy";
                case "" -> "";
                default -> section.substring(0, section.length() - 1);
            };
            return what.isEmpty() ? message : Wording.t("item", Wording.t("kind." + what), key, message);
        }
    }

    /**
     * What makes the effective dataset break the dataset rules, or the layer's notes and annotations point
     * nowhere. Empty when the data is sound.
     */
    public List<Issue> problems(UserLayer layer, SeedLibrary seeds) {
        List<Issue> out = new ArrayList<>();
        for (DatasetCheck.Finding finding : DatasetCheck.check(effective, seeds)) {
            out.add(locate(finding));
        }
        for (Note note : layer.notes().values()) {
            if (effective.edition(note.edition()).isEmpty()) {
                out.add(new Issue("notes", note.edition(), Wording.t("user.noEdition", note.edition())));
            }
        }
        for (Annotation a : layer.annotations().values()) {
            if (a.source() == null || seeds.document(a.source()).isEmpty()) {
                out.add(new Issue("annotations", a.id(), Wording.t("user.noDocument", a.source())));
            } else if (a.start() != null && a.end() != null && (a.start() < 0 || a.end() < a.start())) {
                out.add(new Issue("annotations", a.id(), Wording.t("user.notRange", a.start(), a.end())));
            } else if (a.text() == null || a.text().isBlank()) {
                out.add(new Issue("annotations", a.id(), Wording.t("user.noText")));
            }
        }
        return out;
    }

    private Issue locate(DatasetCheck.Finding finding) {
        String[] parts = finding.pointer().split("/", 4);
        if (parts.length >= 3) {
            Optional<ItemKind<?>> kind = ItemKind.bySection(parts[1]);
            if (kind.isPresent()) {
                try {
                    String key = keyAt(kind.get(), Integer.parseInt(parts[2]));
                    String field = parts.length == 4 ? " (at " + parts[3] + ")" : "";
                    return new Issue(parts[1], key, finding.message() + field);
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    // fall through to the raw pointer
                }
            }
        }
        return new Issue("", "", finding.pointer() + ": " + finding.message());
    }

    private <T> String keyAt(ItemKind<T> kind, int index) {
        return keyOf(kind, kind.in(effective).get(index));
    }
}
