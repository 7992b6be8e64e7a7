package org.wicexplorer.search;

import org.junit.jupiter.api.Test;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Text;
import org.wicexplorer.model.Topic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An edit or an import updates the index in place: only what changed is re-indexed, and search answers throughout. */
class SearchIndexUpdateTest {

    private static Dataset withTheme(Dataset d, String editionId, String en) {
        List<Edition> editions = new ArrayList<>();
        for (Edition e : d.editions()) {
            editions.add(!e.id().equals(editionId) ? e : new Edition(e.id(), e.year(), e.ordinal(), e.kind(), e.label(),
                    e.name(), e.dates(), e.venue(), new Fact(en, e.theme().zh(), List.of(), null),
                    e.attendance(), e.sessions(), e.summary(), e.highlights(), e.topics()));
        }
        return new Dataset(d.info(), d.topics(), editions, d.people(), d.appearances(), d.controversies(),
                d.documents(), d.milestones(), d.eras(), d.conflicts(), d.aliases(), d.citations());
    }

    private static List<String> factIds(SearchIndex index, String query) {
        return index.search(query, 50).hits().stream().filter(h -> h.kind() != HitKind.PASSAGE).map(SearchHit::id).toList();
    }

    @Test
    void editingOneThemeRewritesOnlyThatEditionAndSearchFindsTheNewWords() throws Exception {
        SeedLibrary seeds = SearchFixture.seeds();
        Dataset before = SearchFixture.dataset(seeds);
        try (SearchIndex index = SearchIndex.build(before, seeds, IndexProgress.NONE)) {
            int size = index.size();
            assertEquals(List.of(), factIds(index, "zanzibarite"));

            Dataset edited = withTheme(before, "wic-2015", "Zanzibarite connectivity for all");
            SearchIndex.Update update = index.update(edited, seeds);

            assertEquals(new SearchIndex.Update(1, 0, 0, 0), update, "only the edited edition is re-indexed");
            assertEquals(List.of("wic-2015"), factIds(index, "zanzibarite"));
            assertEquals(size, index.size(), "replaced, not added");

            // Edit it again: the old words are gone from the index, the new ones found.
            index.update(withTheme(before, "wic-2015", "Quetzalcoatlite futures"), seeds);
            assertEquals(List.of(), factIds(index, "zanzibarite"));
            assertEquals(List.of("wic-2015"), factIds(index, "quetzalcoatlite"));
            // Back to the original dataset: nothing else was ever touched.
            assertEquals(new SearchIndex.Update(1, 0, 0, 0), index.update(before, seeds));
            assertEquals(new SearchIndex.Update(0, 0, 0, 0), index.update(before, seeds), "no change, no rewrite");
        }
    }

    @Test
    void aRemovedFactIsDeletedAndAnImportedDocumentIsAddedWithItsPassages() throws Exception {
        SeedLibrary seeds = SearchFixture.seeds();
        Dataset before = SearchFixture.dataset(seeds);
        try (SearchIndex index = SearchIndex.build(before, seeds, IndexProgress.NONE)) {
            Edition last = before.editions().get(before.editions().size() - 1);
            assertTrue(factIds(index, String.valueOf(last.year())).contains(last.id()));
            List<Edition> fewer = before.editions().subList(0, before.editions().size() - 1);
            Dataset without = new Dataset(before.info(), before.topics(), fewer, before.people(), before.appearances(),
                    before.controversies(), before.documents(), before.milestones(), before.eras(), before.conflicts(),
                    before.aliases(), before.citations());

            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-userdir")), "seeds");
            Files.writeString(dir.resolve("mine.txt"), "A teacher's note on the Wuzhen xylophonic summit.\n");
            Files.writeString(dir.resolve("sources.json"), """
                    {"formatVersion": 1, "sources": [{"id": "imported-note", "file": "mine.txt",
                      "title": {"en": "My note", "zh": "我的笔记"}, "language": "en", "kind": "imported",
                      "date": "2024", "editions": []}]}
                    """);
            SeedLibrary more = SearchFixture.seeds();
            more.addAll(SeedLibrary.fromDirectory(dir));

            SearchIndex.Update update = index.update(without, more);
            assertEquals(1, update.factsDeleted());
            assertEquals(1, update.documentsRewritten(), "only the new document is indexed");
            assertTrue(!factIds(index, String.valueOf(last.year())).contains(last.id()), "the removed edition is not found");
            List<SearchHit> passages = index.search("xylophonic", 10).hits();
            assertEquals("imported-note", passages.get(0).id());
        }
    }

    @Test
    void aTopicRenamedReindexesTheFactsTaggedWithItThoughTheirRecordsStayTheSame() throws Exception {
        SeedLibrary seeds = SearchFixture.seeds();
        Dataset before = SearchFixture.dataset(seeds);
        try (SearchIndex index = SearchIndex.build(before, seeds, IndexProgress.NONE)) {
            // An edit of one theme first: the update after it starts from records it indexed as they are.
            Dataset edited = withTheme(before, "wic-2015", "Zanzibarite connectivity for all");
            assertEquals(new SearchIndex.Update(1, 0, 0, 0), index.update(edited, seeds));

            Topic topic = edited.topics().get(0);
            List<Topic> topics = new ArrayList<>(edited.topics());
            topics.set(0, new Topic(topic.id(), new Text("Quokkaesque " + topic.label().en(), topic.label().zh())));
            Dataset renamed = new Dataset(edited.info(), topics, edited.editions(), edited.people(), edited.appearances(),
                    edited.controversies(), edited.documents(), edited.milestones(), edited.eras(), edited.conflicts(),
                    edited.aliases(), edited.citations());
            List<String> tagged = new ArrayList<>();
            renamed.editions().stream().filter(e -> e.topics().contains(topic.id())).forEach(e -> tagged.add(e.id()));
            renamed.controversies().stream().filter(c -> c.topics().contains(topic.id())).forEach(c -> tagged.add(c.id()));
            renamed.documents().stream().filter(d -> d.topics().contains(topic.id())).forEach(d -> tagged.add(d.id()));
            assertTrue(!tagged.isEmpty(), "the fixture tags facts with " + topic.id());

            SearchIndex.Update update = index.update(renamed, seeds);

            assertEquals(tagged.size(), update.factsRewritten(), "every fact tagged with the topic, and only those");
            assertEquals(tagged.stream().sorted().toList(), factIds(index, "quokkaesque").stream().sorted().toList());
            assertEquals(List.of("wic-2015"), factIds(index, "zanzibarite"), "the edit before stays found");
        }
    }

    @Test
    void searchAnswersWhileAnUpdateRuns() throws Exception {
        SeedLibrary seeds = SearchFixture.seeds();
        Dataset before = SearchFixture.dataset(seeds);
        try (SearchIndex index = SearchIndex.build(before, seeds, IndexProgress.NONE)) {
            CountDownLatch updating = new CountDownLatch(1);
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread updater = new Thread(() -> {
                try {
                    updating.countDown();
                    for (int i = 0; i < 20; i++) {
                        index.update(withTheme(before, "wic-2015", "Round " + i + " zanzibarite"), seeds);
                    }
                } catch (Throwable e) {
                    failed.set(e);
                }
            });
            updater.start();
            assertTrue(updating.await(10, TimeUnit.SECONDS));
            int answers = 0;
            while (updater.isAlive()) {
                // Every query gets a whole answer from one consistent searcher, never an error.
                index.search("Wuzhen", 20);
                answers++;
            }
            updater.join();
            assertNull(failed.get());
            assertTrue(answers > 0);
            assertEquals(List.of("wic-2015"), factIds(index, "zanzibarite"));
        }
    }
}
