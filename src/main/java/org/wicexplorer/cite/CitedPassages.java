package org.wicexplorer.cite;

import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.text.TextRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reverse of the dataset's citations: for each seed document, the passages that facts quote, in
 * reading order, each with the facts that rest on it. Built once per dataset; immutable afterwards.
 * Citations quoting the very same clean range share one passage, so a reader sees one mark per place.
 */
public final class CitedPassages {
    private static final Comparator<CitedPassage> READING_ORDER =
            Comparator.comparingInt((CitedPassage p) -> p.range().start()).thenComparingInt(p -> -p.range().end());

    private final Map<String, List<CitedPassage>> bySeed;
    private final Map<String, CitedPassage> byCitation;
    private final Map<String, List<FactUse>> uses;

    private CitedPassages(Map<String, List<CitedPassage>> bySeed, Map<String, CitedPassage> byCitation,
                          Map<String, List<FactUse>> uses) {
        this.bySeed = bySeed;
        this.byCitation = byCitation;
        this.uses = uses;
    }

    public static CitedPassages build(Dataset dataset, SeedTexts texts) {
        Map<String, List<FactUse>> uses = FactSources.byCitation(dataset);
        // seed → clean range → the citations quoting it, in dataset order
        Map<String, Map<TextRange, List<Citation>>> grouped = new LinkedHashMap<>();
        for (Citation c : dataset.citations()) {
            texts.locate(c).ifPresent(range -> grouped.computeIfAbsent(c.document(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(range, k -> new ArrayList<>()).add(c));
        }
        Map<String, List<CitedPassage>> bySeed = new HashMap<>();
        Map<String, CitedPassage> byCitation = new HashMap<>();
        grouped.forEach((seed, ranges) -> {
            String clean = texts.of(seed).clean();
            List<CitedPassage> passages = new ArrayList<>();
            ranges.forEach((range, citations) -> {
                List<FactUse> facts = new ArrayList<>();
                for (Citation c : citations) {
                    for (FactUse u : uses.getOrDefault(c.id(), List.of())) {
                        if (!facts.contains(u)) {
                            facts.add(u);
                        }
                    }
                }
                CitedPassage p = new CitedPassage(seed, range, range.of(clean), citations, facts);
                passages.add(p);
                citations.forEach(c -> byCitation.put(c.id(), p));
            });
            passages.sort(READING_ORDER);
            bySeed.put(seed, List.copyOf(passages));
        });
        return new CitedPassages(Map.copyOf(bySeed), Map.copyOf(byCitation), uses);
    }

    /** The cited passages of a seed document in reading order; empty when none is cited. */
    public List<CitedPassage> in(String seed) {
        return bySeed.getOrDefault(seed, List.of());
    }

    /** The passage a seed citation quotes. */
    public Optional<CitedPassage> of(String citationId) {
        return Optional.ofNullable(byCitation.get(citationId));
    }

    /** The statements citing a citation, seed or web. */
    public List<FactUse> usesOf(String citationId) {
        return uses.getOrDefault(citationId, List.of());
    }
}
