package org.wicexplorer.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Counts every matching document per edition and per seed, from doc values, without scoring. */
final class TrendCounter implements Collector {
    final Map<String, Integer> perEdition = new HashMap<>();
    final Map<String, Integer> perSeed = new HashMap<>();

    static CollectorManager<TrendCounter, TrendCounter> manager() {
        return new CollectorManager<>() {
            @Override
            public TrendCounter newCollector() {
                return new TrendCounter();
            }

            @Override
            public TrendCounter reduce(Collection<TrendCounter> collectors) {
                TrendCounter all = new TrendCounter();
                for (TrendCounter c : collectors) {
                    c.perEdition.forEach((k, v) -> all.perEdition.merge(k, v, Integer::sum));
                    c.perSeed.forEach((k, v) -> all.perSeed.merge(k, v, Integer::sum));
                }
                return all;
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues editions = DocValues.getSortedSet(context.reader(), IndexFields.EDITION);
        SortedDocValues seeds = DocValues.getSorted(context.reader(), IndexFields.SEED);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
                // Counting needs no scores.
            }

            @Override
            public void collect(int doc) throws IOException {
                if (editions.advanceExact(doc)) {
                    for (int i = 0; i < editions.docValueCount(); i++) {
                        perEdition.merge(editions.lookupOrd(editions.nextOrd()).utf8ToString(), 1, Integer::sum);
                    }
                }
                if (seeds.advanceExact(doc)) {
                    perSeed.merge(seeds.lookupOrd(seeds.ordValue()).utf8ToString(), 1, Integer::sum);
                }
            }
        };
    }
}
