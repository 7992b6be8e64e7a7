package org.wicexplorer.userdata;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills a JVM that is saving, again and again, at random moments, and checks each time that the user
 * file is whole: exactly the last version saved, or the one being saved. Never a mix, never broken.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 30;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewVersionNeverABrokenFile() throws Exception {
        Path base = Path.of("target", "test-userdir", "userdata");
        Files.createDirectories(base);
        Path file = Files.createTempDirectory(base, "crash").resolve(UserDataStore.FILE_NAME);
        UserDataStore store = new UserDataStore(file);
        Path log = file.resolveSibling("progress.log");
        store.save(SaveLoop.version(0));
        int onDisk = 0;
        // Fixed seed: the same kill moments on every run, so a failure can be replayed.
        Random random = new Random(20251122);
        int cutMidSave = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = start(file, onDisk + 1, log);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("started", out.readLine(), "the child starts saving");
            // The kill moment is what is random here; nothing waits on this pause.
            Thread.sleep(random.nextInt(1000));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child dies");

            List<String> lines = Files.readAllLines(log);
            int saved = onDisk;
            int saving = onDisk;
            for (String line : lines) {
                if (line.startsWith("saved ")) {
                    saved = Integer.parseInt(line.substring(6));
                } else if (line.startsWith("saving ")) {
                    saving = Integer.parseInt(line.substring(7));
                }
            }
            UserLayerJson.Decoded decoded = UserLayerJson.decode(file.toString(), Files.readAllBytes(file));
            if (!decoded.ok()) {
                fail("round " + round + ": the file is broken: " + decoded.problems());
            }
            int version = (int) decoded.layer().notes().get("edition-0").updated().getEpochSecond();
            assertTrue(version == saved || version == saving,
                    "round " + round + ": version " + version + " on disk, last saved " + saved + ", saving " + saving);
            assertEquals(SaveLoop.version(version), decoded.layer(), "round " + round + ": exactly one whole version");
            if (saving > saved) {
                cutMidSave++;
            }
            onDisk = version;
        }
        assertTrue(onDisk > 0, "the children saved something");
        // Otherwise the test would prove nothing: at least one kill must have cut a save short.
        assertTrue(cutMidSave > 0, "no kill landed in the middle of a save");
        System.out.println("CrashSafetyTest: " + ROUNDS + " kills, " + cutMidSave + " in the middle of a save, "
                + "last version " + onDisk);
    }

    private static Process start(Path file, int firstVersion, Path log) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                file.toString(), String.valueOf(firstVersion), log.toString());
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }
}
