package org.wicexplorer.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The whole validated dataset, immutable, with lookups by id. Editions are kept in date order. */
public final class Dataset {
    private final DatasetInfo info;
    private final List<Topic> topics;
    private final List<Edition> editions;
    private final List<Person> people;
    private final List<Appearance> appearances;
    private final List<Controversy> controversies;
    private final List<ConferenceDocument> documents;
    private final List<Milestone> milestones;
    private final List<Era> eras;
    private final List<SourceConflict> conflicts;
    private final List<AliasGroup> aliases;
    private final List<Citation> citations;

    private final Map<String, Edition> editionsById;
    private final Map<String, Person> peopleById;
    private final Map<String, Citation> citationsById;
    private final Map<String, Topic> topicsById;
    private final Map<String, Integer> citationNumbers = new java.util.HashMap<>();

    public Dataset(DatasetInfo info, List<Topic> topics, List<Edition> editions, List<Person> people,
                   List<Appearance> appearances, List<Controversy> controversies,
                   List<ConferenceDocument> documents, List<Milestone> milestones, List<Era> eras,
                   List<SourceConflict> conflicts, List<AliasGroup> aliases, List<Citation> citations) {
        this.info = info;
        this.topics = List.copyOf(topics);
        this.editions = editions.stream()
                .sorted(Comparator.comparing((Edition e) -> e.dates().start()).thenComparing(Edition::id))
                .toList();
        this.people = List.copyOf(people);
        this.appearances = List.copyOf(appearances);
        this.controversies = List.copyOf(controversies);
        this.documents = List.copyOf(documents);
        this.milestones = milestones.stream().sorted(Comparator.comparing(Milestone::date)).toList();
        this.eras = List.copyOf(eras);
        this.conflicts = List.copyOf(conflicts);
        this.aliases = List.copyOf(aliases);
        this.citations = List.copyOf(citations);
        this.editionsById = index(this.editions, Edition::id);
        this.peopleById = index(this.people, Person::id);
        this.citationsById = index(this.citations, Citation::id);
        this.topicsById = index(this.topics, Topic::id);
        for (int i = 0; i < this.citations.size(); i++) {
            citationNumbers.putIfAbsent(this.citations.get(i).id(), i + 1);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public DatasetInfo info() { return info; }
    public List<Topic> topics() { return topics; }
    public List<Edition> editions() { return editions; }
    public List<Person> people() { return people; }
    public List<Appearance> appearances() { return appearances; }
    public List<Controversy> controversies() { return controversies; }
    public List<ConferenceDocument> documents() { return documents; }
    public List<Milestone> milestones() { return milestones; }
    public List<Era> eras() { return eras; }
    public List<SourceConflict> conflicts() { return conflicts; }
    public List<AliasGroup> aliases() { return aliases; }
    public List<Citation> citations() { return citations; }

    public Optional<Edition> edition(String id) { return Optional.ofNullable(editionsById.get(id)); }
    public Optional<Person> person(String id) { return Optional.ofNullable(peopleById.get(id)); }
    public Optional<Citation> citation(String id) { return Optional.ofNullable(citationsById.get(id)); }
    public Optional<Topic> topic(String id) { return Optional.ofNullable(topicsById.get(id)); }

    /** A citation's stable 1-based number, as shown in citation markers. */
    public int citationNumber(String id) {
        return citationNumbers.getOrDefault(id, 0);
    }

    public List<Appearance> appearancesAt(String editionId) {
        return filter(appearances, a -> editionId.equals(a.edition()));
    }

    /** A person's appearances in the order of the editions. */
    public List<Appearance> appearancesOf(String personId) {
        return appearances.stream().filter(a -> personId.equals(a.person()))
                .sorted(Comparator.comparingInt(a -> editions.indexOf(editionsById.get(a.edition()))))
                .toList();
    }

    public List<Controversy> controversiesAt(String editionId) {
        return filter(controversies, c -> editionId.equals(c.edition()));
    }

    public List<ConferenceDocument> documentsAt(String editionId) {
        return filter(documents, d -> editionId.equals(d.edition()));
    }

    public List<SourceConflict> conflictsAt(String editionId) {
        return filter(conflicts, c -> editionId.equals(c.edition()));
    }

    public List<Milestone> milestonesAt(String editionId) {
        return filter(milestones, m -> editionId.equals(m.edition()));
    }

    private static <T> List<T> filter(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).toList();
    }
}
