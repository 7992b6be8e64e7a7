package org.wicexplorer.userdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own data, immutable: items that replace bundled ones of the same key or add new ones,
 * notes on editions and annotations on passages. Every change returns a new layer, which makes undo a
 * matter of keeping the old one.
 */
public final class UserLayer {
    public static final UserLayer EMPTY = new UserLayer(Map.of(), Map.of(), Map.of());

    private final Map<ItemKind<?>, Map<String, Object>> items;
    private final Map<String, Note> notes;
    private final Map<String, Annotation> annotations;

    private UserLayer(Map<ItemKind<?>, Map<String, Object>> items, Map<String, Note> notes,
                      Map<String, Annotation> annotations) {
        Map<ItemKind<?>, Map<String, Object>> copy = new LinkedHashMap<>();
        for (ItemKind<?> kind : ItemKind.ALL) {
            Map<String, Object> section = items.get(kind);
            if (section != null && !section.isEmpty()) {
                copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(section)));
            }
        }
        this.items = Collections.unmodifiableMap(copy);
        this.notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        this.annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
    }

    static UserLayer of(Map<ItemKind<?>, Map<String, Object>> items, Map<String, Note> notes,
                        Map<String, Annotation> annotations) {
        return new UserLayer(items, notes, annotations);
    }

    /** The user's items of one kind, by key, in the order they were first made. */
    public <T> Map<String, T> items(ItemKind<T> kind) {
        Map<String, T> out = new LinkedHashMap<>();
        items.getOrDefault(kind, Map.of()).forEach((key, item) -> out.put(key, kind.cast(item)));
        return Collections.unmodifiableMap(out);
    }

    public <T> Optional<T> item(ItemKind<T> kind, String key) {
        return Optional.ofNullable(items.getOrDefault(kind, Map.of()).get(key)).map(kind::cast);
    }

    public Map<String, Note> notes() {
        return notes;
    }

    public Optional<Note> note(String editionId) {
        return Optional.ofNullable(notes.get(editionId));
    }

    public Map<String, Annotation> annotations() {
        return annotations;
    }

    public List<Annotation> annotationsOn(String source) {
        return annotations.values().stream().filter(a -> source.equals(a.source())).toList();
    }

    /** Whether both layers hold the same dataset items, whatever their notes and annotations. */
    public boolean sameItems(UserLayer other) {
        return items.equals(other.items);
    }

    public boolean isEmpty() {
        return items.isEmpty() && notes.isEmpty() && annotations.isEmpty();
    }

    public <T> UserLayer with(ItemKind<T> kind, T item) {
        return with(kind, kind.keyOf(item), item);
    }

    /** Puts an item under a given key: an appearance that replaces a bundled one keeps that one's key. */
    public <T> UserLayer with(ItemKind<T> kind, String key, T item) {
        Map<ItemKind<?>, Map<String, Object>> copy = mutableItems();
        copy.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(key, item);
        return new UserLayer(copy, notes, annotations);
    }

    public UserLayer without(ItemKind<?> kind, String key) {
        Map<ItemKind<?>, Map<String, Object>> copy = mutableItems();
        Map<String, Object> section = copy.get(kind);
        if (section != null) {
            section.remove(key);
        }
        return new UserLayer(copy, notes, annotations);
    }

    public UserLayer withNote(Note note) {
        Map<String, Note> copy = new LinkedHashMap<>(notes);
        copy.put(note.edition(), note);
        return new UserLayer(items, copy, annotations);
    }

    public UserLayer withoutNote(String editionId) {
        Map<String, Note> copy = new LinkedHashMap<>(notes);
        copy.remove(editionId);
        return new UserLayer(items, copy, annotations);
    }

    public UserLayer withAnnotation(Annotation annotation) {
        Map<String, Annotation> copy = new LinkedHashMap<>(annotations);
        copy.put(annotation.id(), annotation);
        return new UserLayer(items, notes, copy);
    }

    public UserLayer withoutAnnotation(String id) {
        Map<String, Annotation> copy = new LinkedHashMap<>(annotations);
        copy.remove(id);
        return new UserLayer(items, notes, copy);
    }

    private Map<ItemKind<?>, Map<String, Object>> mutableItems() {
        Map<ItemKind<?>, Map<String, Object>> copy = new LinkedHashMap<>();
        items.forEach((kind, section) -> copy.put(kind, new LinkedHashMap<>(section)));
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserLayer other && items.equals(other.items) && notes.equals(other.notes)
                && annotations.equals(other.annotations);
    }

    @Override
    public int hashCode() {
        return items.hashCode() * 31 + notes.hashCode() * 7 + annotations.hashCode();
    }
}
