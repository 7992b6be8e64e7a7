package org.wicexplorer.userdata;

import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.data.JsonLocations;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.data.UserDirectories;
import org.wicexplorer.model.Dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The user file on disk, {@code user-dataset.json} in the user data home, with {@code .bak} holding the
 * version before the last save. Loading never throws: a damaged file is set aside under a new name,
 * the backup is tried, and failing that the user starts from the bundled data alone.
 */
public final class UserDataStore {
    public static final String FILE_NAME = "user-dataset.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;

    public UserDataStore(Path file) {
        this.file = file;
    }

    public static UserDataStore inUserDataHome() {
        return new UserDataStore(UserDirectories.dataHome().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public Path backup() {
        return AtomicFiles.backupOf(file);
    }

    /**
     * What start-up found: the layer to use, and for each file that could not be used, its problems and
     * where it was put aside. {@code fromBackup} says the backup was used.
     */
    public record Loaded(UserLayer layer, boolean fromBackup, List<Rejected> rejected) {
        public Loaded {
            rejected = List.copyOf(rejected);
        }

        public boolean clean() {
            return rejected.isEmpty();
        }
    }

    /** A user file that could not be used: its problems, and the name it was kept under (null if it could not be moved). */
    public record Rejected(Path file, List<Problem> problems, Path keptAs) {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    public Loaded load(Dataset bundled, SeedLibrary seeds) {
        List<Rejected> rejected = new ArrayList<>();
        if (!Files.exists(file) && !Files.exists(backup())) {
            return new Loaded(UserLayer.EMPTY, false, rejected);
        }
        // Without the file but with a backup, an earlier start set a damaged file aside and used the backup.
        if (Files.exists(file)) {
            UserLayer layer = tryLoad(file, bundled, seeds, rejected);
            if (layer != null) {
                return new Loaded(layer, false, rejected);
            }
        }
        if (Files.exists(backup())) {
            UserLayer layer = tryLoad(backup(), bundled, seeds, rejected);
            if (layer != null) {
                return new Loaded(layer, true, rejected);
            }
        }
        return new Loaded(UserLayer.EMPTY, false, rejected);
    }

    private UserLayer tryLoad(Path path, Dataset bundled, SeedLibrary seeds, List<Rejected> rejected) {
        List<Problem> problems;
        try {
            UserLayerJson.Decoded decoded = UserLayerJson.decode(path.toString(), Files.readAllBytes(path));
            if (decoded.ok()) {
                Overlay overlay = Overlay.merge(bundled, decoded.layer());
                List<Overlay.Issue> issues = overlay.problems(decoded.layer(), seeds);
                if (issues.isEmpty()) {
                    return decoded.layer();
                }
                problems = issues.stream().map(issue -> locate(path, decoded.locations(), issue)).toList();
            } else {
                problems = decoded.problems();
            }
        } catch (IOException | RuntimeException e) {
            problems = List.of(new Problem(path.toString(), 1, 1, "cannot read the file: " + e.getMessage()));
        }
        rejected.add(new Rejected(path, problems, setAside(path)));
        return null;
    }

    private static Problem locate(Path path, JsonLocations locations, Overlay.Issue issue) {
        int[] at = issue.section().isEmpty() ? new int[] {1, 1}
                : locations.find(UserLayerJson.pointer(issue.section(), issue.key()));
        return new Problem(path.toString(), at[0], at[1], issue.toString());
    }

    /** Renames a damaged file to {@code user-dataset.broken-TIME.json}, so nothing is lost and the next save cannot overwrite it. */
    private Path setAside(Path damaged) {
        String stamp = LocalDateTime.now().format(STAMP);
        String base = damaged.equals(file) ? "user-dataset.broken-" + stamp : "user-dataset.bak.broken-" + stamp;
        Path target = damaged.resolveSibling(base + ".json");
        for (int n = 2; Files.exists(target); n++) {
            target = damaged.resolveSibling(base + "-" + n + ".json");
        }
        try {
            Files.move(damaged, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            return null;
        }
    }

    public void save(UserLayer layer) throws IOException {
        AtomicFiles.write(file, UserLayerJson.encode(layer));
    }
}
