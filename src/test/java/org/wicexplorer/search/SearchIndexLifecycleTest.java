package org.wicexplorer.search;

import org.junit.jupiter.api.Test;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexLifecycleTest {

    @Test
    void buildingInTheBackgroundReportsProgressToTheEndOffTheCallingThread() throws Exception {
        SeedLibrary seeds = SearchFixture.seeds();
        Dataset dataset = SearchFixture.dataset(seeds);
        List<int[]> updates = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        SearchIndex index = SearchIndex.buildInBackground(dataset, seeds, (done, total, what) -> {
            updates.add(new int[] {done, total});
            threads.add(Thread.currentThread());
        }).get(60, TimeUnit.SECONDS);
        try {
            int total = seeds.documents().size() + 9;
            assertEquals(total, updates.size());
            for (int i = 0; i < updates.size(); i++) {
                assertEquals(i + 1, updates.get(i)[0]);
                assertEquals(total, updates.get(i)[1]);
            }
            assertTrue(threads.stream().noneMatch(t -> t == Thread.currentThread()));
            assertFalse(index.search("Wuzhen", 5).hits().isEmpty());
        } finally {
            index.close();
        }
    }

    @Test
    void withoutADatasetTheSeedsAreStillSearchable() throws Exception {
        try (SearchIndex index = SearchIndex.build(null, SearchFixture.seeds(), IndexProgress.NONE)) {
            SearchResults results = index.search("iWifi", 5);
            assertEquals(HitKind.PASSAGE, results.hits().get(0).kind());
            assertTrue(index.trend("iWifi").editions().isEmpty());
        }
    }

    @Test
    void closingDeletesTheIndexFolder() throws Exception {
        SearchIndex index = SearchIndex.build(null, SearchFixture.seeds(), IndexProgress.NONE);
        Path folder = index.folder();
        assertTrue(Files.isDirectory(folder));
        try (var files = Files.list(folder)) {
            assertNotEquals(0, files.count());
        }
        index.close();
        assertFalse(Files.exists(folder));
    }
}
