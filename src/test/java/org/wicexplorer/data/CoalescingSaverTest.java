package org.wicexplorer.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings are saved off the FX thread, the newest value wins, and nothing submitted is lost at a flush. */
class CoalescingSaverTest {

    @Test
    void valuesSubmittedDuringASaveAreCoalescedAndTheNewestIsWritten() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> written = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        try (CoalescingSaver<String> saver = new CoalescingSaver<>("test-saver", value -> {
            threads.add(Thread.currentThread().getName());
            if (value.equals("1")) {
                firstStarted.countDown();
                await(release);
            }
            written.add(value);
        }, e -> { throw new AssertionError(e); })) {
            saver.submit("1");
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS), "the first save starts");
            // The caller is not held up by the slow save: these return at once and replace each other.
            saver.submit("2");
            saver.submit("3");
            saver.submit("4");
            assertEquals(List.of(), written, "nothing is written while the first save is held");
            release.countDown();
            saver.flush();
            assertEquals(List.of("1", "4"), written);
            assertTrue(threads.stream().allMatch("test-saver"::equals), threads.toString());
            assertNotEquals("test-saver", Thread.currentThread().getName());
        }
    }

    @Test
    void closeWritesWhatIsPendingAndAFailureIsReportedNotThrown() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        List<IOException> failures = new CopyOnWriteArrayList<>();
        CoalescingSaver<String> saver = new CoalescingSaver<>("test-saver", value -> {
            if (value.equals("bad")) {
                throw new IOException("disk full");
            }
            written.add(value);
        }, failures::add);
        saver.submit("bad");
        saver.flush();
        saver.submit("good");
        saver.close();
        assertEquals(List.of("good"), written);
        saver.submit("after close");
        assertEquals(List.of("good", "after close"), written, "a value submitted after close is still written");
        assertEquals("disk full", failures.get(0).getMessage());
    }

    @Test
    void theSettingsStoreSavedThroughItReadsBackTheLastChoice() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-userdir")), "saver");
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        try (CoalescingSaver<UserSettings> saver = new CoalescingSaver<>("settings", store::save, e -> { throw new AssertionError(e); })) {
            for (int i = 1; i <= 50; i++) {
                saver.submit(UserSettings.defaults().withFontScale(1 + i / 100.0));
            }
        }
        assertEquals(1.5, store.load().fontScale(), 1e-9);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
