package org.wicexplorer.userdata;

import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.ConferenceDocument;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Person;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.model.Topic;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A section of the dataset the user layer can add to or change, with the key that identifies an item.
 * Appearances have no id of their own; a person, an edition and a role make one.
 */
public final class ItemKind<T> {
    public static final ItemKind<Edition> EDITION =
            new ItemKind<>("editions", Edition.class, Edition::id, Dataset::editions);
    public static final ItemKind<Person> PERSON =
            new ItemKind<>("people", Person.class, Person::id, Dataset::people);
    public static final ItemKind<Appearance> APPEARANCE =
            new ItemKind<>("appearances", Appearance.class, ItemKind::appearanceKey, Dataset::appearances);
    public static final ItemKind<Controversy> CONTROVERSY =
            new ItemKind<>("controversies", Controversy.class, Controversy::id, Dataset::controversies);
    public static final ItemKind<Citation> CITATION =
            new ItemKind<>("citations", Citation.class, Citation::id, Dataset::citations);
    public static final ItemKind<ConferenceDocument> DOCUMENT =
            new ItemKind<>("documents", ConferenceDocument.class, ConferenceDocument::id, Dataset::documents);
    public static final ItemKind<Topic> TOPIC = new ItemKind<>("topics", Topic.class, Topic::id, Dataset::topics);
    public static final ItemKind<Milestone> MILESTONE =
            new ItemKind<>("milestones", Milestone.class, Milestone::id, Dataset::milestones);
    public static final ItemKind<Era> ERA = new ItemKind<>("eras", Era.class, Era::id, Dataset::eras);
    public static final ItemKind<SourceConflict> CONFLICT =
            new ItemKind<>("conflicts", SourceConflict.class, SourceConflict::id, Dataset::conflicts);

    /** In the order the user file lists its sections. */
    public static final List<ItemKind<?>> ALL =
            List.of(EDITION, PERSON, APPEARANCE, CONTROVERSY, CITATION, DOCUMENT, TOPIC, MILESTONE, ERA, CONFLICT);

    private final String section;
    private final Class<T> type;
    private final Function<T, String> key;
    private final Function<Dataset, List<T>> items;

    private ItemKind(String section, Class<T> type, Function<T, String> key, Function<Dataset, List<T>> items) {
        this.section = section;
        this.type = type;
        this.key = key;
        this.items = items;
    }

    public static String appearanceKey(Appearance a) {
        return a.person() + "@" + a.edition() + "#"
                + (a.role() == null ? "" : a.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    public static Optional<ItemKind<?>> bySection(String section) {
        return ALL.stream().filter(k -> k.section.equals(section)).findFirst();
    }

    /** The name of the section in the dataset and user files, e.g. {@code editions}. */
    public String section() {
        return section;
    }

    public Class<T> type() {
        return type;
    }

    public String keyOf(T item) {
        return key.apply(item);
    }

    public List<T> in(Dataset dataset) {
        return items.apply(dataset);
    }

    /** Casts an item read without its type, e.g. from a list of {@code ?}. */
    public T cast(Object item) {
        return type.cast(item);
    }

    @Override
    public String toString() {
        return section;
    }
}
