package org.wicexplorer.userdata;

import org.wicexplorer.data.Wording;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.AliasGroup;
import org.wicexplorer.model.Dataset;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The user's edits over the bundled data: every edit is checked against the dataset rules before it is
 * kept, goes on the undo stack, and is saved at once. Saves run one after another on a background
 * thread, so the file always ends at the latest edit and no save overtakes a later one.
 * Not thread-safe for edits: call it from one thread (the FX thread in the app).
 */
public final class UserDataService implements AutoCloseable {
    private static final int HISTORY = 200;
    /** Descriptions of the service's own edits: message keys, which the UI translates. */
    public static final String EDIT_NOTE = "userdata.edit.note";
    public static final String DELETE_NOTE = "userdata.edit.deleteNote";
    public static final String ADD_ANNOTATION = "userdata.edit.addAnnotation";
    public static final String EDIT_ANNOTATION = "userdata.edit.annotation";
    public static final String DELETE_ANNOTATION = "userdata.edit.deleteAnnotation";
    public static final String RESET_ITEM = "userdata.edit.reset";
    public static final String RESET_ALL = "userdata.edit.resetAll";

    private final Dataset bundled;
    private final SeedLibrary seeds;
    private final UserDataStore store;
    private final UserDataStore.Loaded startup;
    private final Clock clock;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<IOException>> saveFailures = new CopyOnWriteArrayList<>();
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "user-data-save");
        t.setDaemon(true);
        return t;
    });
    private final Overlay bundledOnly;
    private UserLayer layer;
    private Overlay overlay;
    private Future<?> lastSave;

    private UserDataService(Dataset bundled, SeedLibrary seeds, UserDataStore store, Clock clock) {
        this.bundled = bundled;
        this.seeds = seeds;
        this.store = store;
        this.clock = clock;
        this.bundledOnly = Overlay.merge(bundled, UserLayer.EMPTY);
        this.startup = store.load(bundled, seeds);
        this.layer = startup.layer();
        this.overlay = Overlay.merge(bundled, layer);
        if (startup.repaired()) {
            // The backup, or the file without the items left out, becomes the file, so the next start finds
            // it even if no edit follows (the file as it was is kept beside it).
            save();
        }
    }

    /** Loads the user file (falling back to its backup, then to nothing) and lays it over the bundled data. */
    public static UserDataService open(Dataset bundled, SeedLibrary seeds, UserDataStore store) {
        return new UserDataService(bundled, seeds, store, Clock.systemUTC());
    }

    static UserDataService open(Dataset bundled, SeedLibrary seeds, UserDataStore store, Clock clock) {
        return new UserDataService(bundled, seeds, store, clock);
    }

    /** What loading found, to tell the user when a damaged file was set aside. */
    public UserDataStore.Loaded startup() {
        return startup;
    }

    public UserDataStore store() {
        return store;
    }

    public Dataset bundled() {
        return bundled;
    }

    public SeedLibrary seeds() {
        return seeds;
    }

    /** The bundled data with the user's edits: what the explorer shows and what an export writes. */
    public Dataset effective() {
        return overlay.effective();
    }

    public Overlay overlay() {
        return overlay;
    }

    public UserLayer layer() {
        return layer;
    }

    /** Called after every change of the layer: an edit, an undo, a redo or a reset. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Called on the save thread when a save fails; the edit stays in memory and the next save tries again. */
    public void addSaveFailureListener(Consumer<IOException> listener) {
        saveFailures.add(listener);
    }

    // ---- edits -------------------------------------------------------------------------------------

    /** Adds or replaces an item under its own key, e.g. an edition under its id. */
    public <T> void put(ItemKind<T> kind, T item, String description) throws EditRefusedException {
        put(kind, null, item, description);
    }

    /**
     * Puts an item in place of the one at {@code key}, or as a new item when {@code key} is null. A key
     * other than the item's own is kept for appearances, whose key is not part of the record; for other
     * kinds it means the id changed, which a bundled item refuses and a user-made one is renamed by.
     * An item equal to the bundled one is not kept at all, so it stops showing as changed.
     */
    public <T> void put(ItemKind<T> kind, String key, T item, String description) throws EditRefusedException {
        Objects.requireNonNull(item, "item");
        apply(description, current -> {
            String target = targetKey(kind, key, item, current);
            UserLayer next = current;
            if (key != null && !key.equals(target)) {
                next = next.without(kind, key);
            }
            return bundledItem(kind, target).filter(item::equals).isPresent()
                    ? next.without(kind, target)
                    : next.with(kind, target, item);
        });
    }

    private <T> String targetKey(ItemKind<T> kind, String key, T item, UserLayer current) {
        if (kind == ItemKind.APPEARANCE) {
            return key != null ? key : Overlay.occurrenceKey(kind.keyOf(item), overlay.keysOf(kind));
        }
        String own = kind.keyOf(item);
        if (key != null && !key.equals(own) && overlay.provenance(kind, key).orElse(null) != Provenance.USER_MADE) {
            throw new Refusal(new Overlay.Issue(kind.section(), key,
                    Wording.t("user.idFixed")).toString());
        }
        return own;
    }

    private <T> Optional<T> bundledItem(ItemKind<T> kind, String key) {
        return overlay.provenance(kind, key).filter(p -> p != Provenance.USER_MADE)
                .flatMap(p -> bundledOnly.item(kind, key));
    }

    /** Sets the note on an edition; blank text removes it. */
    public void setNote(String editionId, String text) throws EditRefusedException {
        boolean remove = text == null || text.isBlank();
        apply(remove ? DELETE_NOTE : EDIT_NOTE, current -> remove ? current.withoutNote(editionId)
                : current.withNote(new Note(editionId, text.strip(), clock.instant())));
    }

    /** Adds an annotation on a passage of a source document and returns it. */
    public Annotation annotate(String source, Integer start, Integer end, String quote, String text)
            throws EditRefusedException {
        Annotation a = new Annotation("a-" + UUID.randomUUID().toString().substring(0, 8), source, start, end,
                quote, text == null ? null : text.strip(), clock.instant());
        apply(ADD_ANNOTATION, current -> current.withAnnotation(a));
        return a;
    }

    public void editAnnotation(String id, String text) throws EditRefusedException {
        Annotation old = layer.annotations().get(id);
        if (old == null) {
            throw new EditRefusedException(List.of(Wording.t("user.noAnnotation", id)));
        }
        if (text == null || text.isBlank()) {
            apply(DELETE_ANNOTATION, current -> current.withoutAnnotation(id));
        } else {
            apply(EDIT_ANNOTATION, current -> current.withAnnotation(new Annotation(id, old.source(), old.start(),
                    old.end(), old.quote(), text.strip(), clock.instant())));
        }
    }

    /** Drops the user's version of one item: a changed item shows the bundled one again, a user-made one goes. */
    public void reset(ItemKind<?> kind, String key) throws EditRefusedException {
        apply(RESET_ITEM, current -> current.without(kind, key));
    }

    /** Drops every user edit, note and annotation. Undoable like any edit. */
    public void resetAll() throws EditRefusedException {
        apply(RESET_ALL, current -> UserLayer.EMPTY);
    }

    /**
     * Merges an imported fragment into the user layer as ONE undoable edit: every edition, person,
     * appearance, controversy, citation, document, topic, milestone, era and conflict of the fragment is
     * added, or replaces the item with its id. The merged result is checked first; if it is invalid,
     * nothing changes and the reasons are thrown. Appearances already present unchanged are skipped.
     */
    public void importItems(Dataset fragment, String description) throws EditRefusedException {
        refuseAliases(fragment);
        apply(description, current -> withImported(fragment, current));
    }

    /** What {@link #importItems} would refuse the fragment for, checked without changing anything. */
    public void checkImport(Dataset fragment) throws EditRefusedException {
        refuseAliases(fragment);
        UserLayer next;
        try {
            next = withImported(fragment, layer);
        } catch (Refusal r) {
            throw new EditRefusedException(List.of(r.getMessage()));
        }
        List<Overlay.Issue> issues = Overlay.merge(bundled, next).problems(next, seeds);
        if (!issues.isEmpty()) {
            throw EditRefusedException.of(issues);
        }
    }

    private static void refuseAliases(Dataset fragment) throws EditRefusedException {
        List<AliasGroup> aliases = fragment.aliases();
        if (!aliases.isEmpty()) {
            throw new EditRefusedException(List.of(Wording.t("user.noAliases", aliases.size())));
        }
    }

    private UserLayer withImported(Dataset fragment, UserLayer current) {
        UserLayer next = current;
        for (ItemKind<?> kind : ItemKind.ALL) {
            next = importAll(kind, fragment, next);
        }
        return next;
    }

    private <T> UserLayer importAll(ItemKind<T> kind, Dataset fragment, UserLayer into) {
        UserLayer next = into;
        List<T> present = kind.in(Overlay.merge(bundled, into).effective());
        Set<String> keys = new HashSet<>(overlay.keysOf(kind));
        for (T item : kind.in(fragment)) {
            if (kind == ItemKind.APPEARANCE) {
                if (present.contains(item)) {
                    continue;
                }
                String key = Overlay.occurrenceKey(kind.keyOf(item), keys);
                keys.add(key);
                next = next.with(kind, key, item);
            } else {
                next = next.with(kind, item);
            }
        }
        return next;
    }

    /** An edit given as a change of the layer; the heart of every command above. */
    public void apply(String description, UnaryOperator<UserLayer> change) throws EditRefusedException {
        UserLayer next;
        try {
            next = change.apply(layer);
        } catch (Refusal r) {
            throw new EditRefusedException(List.of(r.getMessage()));
        }
        if (next.equals(layer)) {
            return;
        }
        Overlay merged = Overlay.merge(bundled, next);
        List<Overlay.Issue> issues = merged.problems(next, seeds);
        if (!issues.isEmpty()) {
            throw EditRefusedException.of(issues);
        }
        undo.push(new Edit(description, layer, next));
        while (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
        become(next, merged);
    }

    // ---- undo --------------------------------------------------------------------------------------

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What undo would take back, e.g. {@link #EDIT_NOTE} or the description an edit was given; null when there is nothing. */
    public String undoDescription() {
        return undo.isEmpty() ? null : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? null : redo.peek().description();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Edit edit = undo.pop();
            redo.push(edit);
            become(edit.undo(), Overlay.merge(bundled, edit.undo()));
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Edit edit = redo.pop();
            undo.push(edit);
            become(edit.redo(), Overlay.merge(bundled, edit.redo()));
        }
    }

    private void become(UserLayer next, Overlay merged) {
        layer = next;
        overlay = merged;
        save();
        listeners.forEach(Runnable::run);
    }

    // ---- saving ------------------------------------------------------------------------------------

    private void save() {
        UserLayer snapshot = layer;
        lastSave = saver.submit(() -> {
            try {
                store.save(snapshot);
            } catch (IOException e) {
                saveFailures.forEach(l -> l.accept(e));
            }
        });
    }

    /** Waits until every save asked for so far is on disk. */
    public void flush() {
        Future<?> pending = lastSave;
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Finishes the pending saves, then stops the save thread. */
    @Override
    public void close() {
        flush();
        saver.shutdown();
    }

    /** Unchecked carrier for a refusal found while computing the next layer. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
