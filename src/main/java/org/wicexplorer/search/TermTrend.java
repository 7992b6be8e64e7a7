package org.wicexplorer.search;

import org.wicexplorer.model.Edition;
import org.wicexplorer.model.SourceDocument;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a query matches, per edition and per seed document, over the years: the data behind a
 * trend chart. Every edition and every document is listed, with zero where nothing matched, so a chart
 * shows the gaps. An edition's hits are the facts of that edition that match (the edition itself, its
 * controversies, conflicts, documents, milestones, and people who appeared at it); a document's hits
 * are its matching passages.
 */
public record TermTrend(String query, List<EditionCount> editions, List<DocumentCount> documents) {
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    public TermTrend {
        editions = List.copyOf(editions);
        documents = List.copyOf(documents);
    }

    /** Matching facts of one edition. */
    public record EditionCount(String edition, int year, int hits) {
    }

    /** Matching passages of one seed document; {@code year} is null when the document's date is unknown. */
    public record DocumentCount(String seed, Integer year, int hits) {
    }

    /** Editions in the order given (a Dataset keeps them in date order); documents by year, undated last. */
    public static TermTrend of(String query, List<Edition> editions, List<SourceDocument> seeds,
                               Map<String, Integer> hitsPerEdition, Map<String, Integer> hitsPerSeed) {
        List<EditionCount> byEdition = editions.stream()
                .map(e -> new EditionCount(e.id(), e.year(), hitsPerEdition.getOrDefault(e.id(), 0)))
                .toList();
        List<DocumentCount> byDocument = seeds.stream()
                .map(s -> new DocumentCount(s.id(), year(s.date()), hitsPerSeed.getOrDefault(s.id(), 0)))
                .sorted(Comparator.comparing(DocumentCount::year, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DocumentCount::seed))
                .toList();
        return new TermTrend(query, byEdition, byDocument);
    }

    /** All hits by year, editions and dated documents together. */
    public SortedMap<Integer, Integer> byYear() {
        SortedMap<Integer, Integer> years = new TreeMap<>();
        editions.forEach(e -> years.merge(e.year(), e.hits(), Integer::sum));
        documents.stream().filter(d -> d.year() != null).forEach(d -> years.merge(d.year(), d.hits(), Integer::sum));
        return Collections.unmodifiableSortedMap(years);
    }

    public int totalHits() {
        return editions.stream().mapToInt(EditionCount::hits).sum() + documents.stream().mapToInt(DocumentCount::hits).sum();
    }

    private static Integer year(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
