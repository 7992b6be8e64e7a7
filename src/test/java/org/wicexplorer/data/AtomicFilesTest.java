package org.wicexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The two kinds of atomic save: the app's own files keep a backup; exports are plain files for others. */
class AtomicFilesTest {

    @Test
    void theAppsOwnFilesKeepThePreviousVersionAsBackup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        AtomicFiles.write(file, bytes("one"));
        AtomicFiles.write(file, bytes("two"));
        assertArrayEquals(bytes("two"), Files.readAllBytes(file));
        assertArrayEquals(bytes("one"), Files.readAllBytes(AtomicFiles.backupOf(file)));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary file is left behind");
        }
    }

    @Test
    void anExportReplacesTheOldFileWithoutABackupAndOthersCanReadIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("handout.pdf");
        AtomicFiles.writeExport(file, bytes("first"));
        AtomicFiles.writeExport(file, bytes("second"));
        assertArrayEquals(bytes("second"), Files.readAllBytes(file));
        assertFalse(Files.exists(AtomicFiles.backupOf(file)), "a handout needs no .bak beside it");
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertTrue(Files.getPosixFilePermissions(file).contains(PosixFilePermission.OTHERS_READ),
                "a picture or handout is shared, not private: " + Files.getPosixFilePermissions(file));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
