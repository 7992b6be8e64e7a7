package org.wicexplorer.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Saves that cannot leave a half-written file: write a temporary file beside the target, force it to
 * disk, keep the previous version as {@code NAME.bak}, then rename the new file over the old one and
 * force the directory, so the rename itself survives a power cut. At every moment the target is either
 * the old or the new version.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Turns a file's bytes into a value; throws when they do not make one. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(byte[] content) throws IOException;
    }

    /**
     * Reads what {@link #write} saved: the file, or its backup when the file is missing, cannot be read or does
     * not parse; empty when neither gives a value. The settings stores read through it.
     */
    public static <T> java.util.Optional<T> readWithBackup(Path file, Reader<T> reader) {
        for (Path candidate : new Path[] {file, backupOf(file)}) {
            try {
                if (Files.isRegularFile(candidate)) {
                    T value = reader.read(Files.readAllBytes(candidate));
                    if (value != null) {
                        return java.util.Optional.of(value);
                    }
                }
            } catch (IOException | RuntimeException damaged) {
                // fall through to the backup, then to nothing
            }
        }
        return java.util.Optional.empty();
    }

    public static void write(Path file, byte[] content) throws IOException {
        write(file, content, true);
    }

    /**
     * For files made for other people and programs, such as exported pictures and handouts: the same
     * atomic replacement, but no {@code .bak} beside them, and readable by others as a file a user
     * saves normally is (temporary files are private until renamed).
     */
    public static void writeExport(Path file, byte[] content) throws IOException {
        write(file, content, false);
    }

    private static void write(Path file, byte[] content, boolean keepBackup) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = keepBackup || !dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(dir, file.getFileName().toString(), ".tmp")
                : Files.createTempFile(dir, file.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        try {
            writeAndForce(temp, content);
            if (keepBackup && Files.exists(file)) {
                // The backup is written the same way, so a crash never leaves a half-copied .bak either.
                Path backupTemp = Files.createTempFile(dir, file.getFileName() + ".bak", ".tmp");
                try {
                    writeAndForce(backupTemp, Files.readAllBytes(file));
                    move(backupTemp, backupOf(file));
                } finally {
                    Files.deleteIfExists(backupTemp);
                }
            }
            move(temp, file);
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeAndForce(Path path, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the directory entry durable. Windows cannot open a directory as a channel; its rename is durable already. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // best effort: the file content itself is already on disk
        }
    }
}
