package org.wicexplorer.userdata;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The child process of {@link CrashSafetyTest}: saves ever newer versions of a big user layer through the
 * real save code, logging each one before ("saving N") and after ("saved N"), until it is killed.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** Version {@code n}: about 200 KB, so a save takes long enough to be cut in the middle. */
    static UserLayer version(int n) {
        UserLayer layer = UserLayer.EMPTY;
        String filler = ("version " + n + " — 乌镇 Wuzhen notes for the lesson. ").repeat(50);
        for (int i = 0; i < 60; i++) {
            layer = layer.withNote(new Note("edition-" + i, i + ": " + filler, Instant.ofEpochSecond(n)));
        }
        return layer;
    }

    /**
     * Arguments: the user file, the first version, and a log the progress lines go to. The log is written
     * straight to the file (the kernel keeps it when the process dies); stdout only says "started".
     */
    public static void main(String[] args) throws Exception {
        // Should the test JVM die first, its end of the pipe closes: stop rather than save forever.
        Thread orphan = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; read until end of input
                }
            } catch (java.io.IOException ignored) {
                // the same: the parent is gone
            }
            Runtime.getRuntime().halt(3);
        });
        orphan.setDaemon(true);
        orphan.start();
        UserDataStore store = new UserDataStore(Path.of(args[0]));
        try (OutputStream log = Files.newOutputStream(Path.of(args[2]), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (int n = Integer.parseInt(args[1]); ; n++) {
                UserLayer next = version(n);
                log.write(("saving " + n + "\n").getBytes(StandardCharsets.UTF_8));
                if (n == Integer.parseInt(args[1])) {
                    System.out.println("started");
                    System.out.flush();
                }
                store.save(next);
                log.write(("saved " + n + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
