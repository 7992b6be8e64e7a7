package org.wicexplorer.userdata;

import org.wicexplorer.data.Wording;
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
 * version before the last save. Loading never throws. A well-formed file some of whose items break the
 * rules of the combined data loads without those items, and the file as it was is kept beside it. A file
 * that cannot be read, or whose problems no item of its own accounts for, is set aside under a new name,
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
    public record Loaded(UserLayer layer, boolean fromBackup, List<Rejected> rejected, List<LeftOut> leftOut) {
        public Loaded {
            rejected = List.copyOf(rejected);
            leftOut = List.copyOf(leftOut);
        }

        Loaded(UserLayer layer, boolean fromBackup, List<Rejected> rejected) {
            this(layer, fromBackup, rejected, List.of());
        }

        public boolean clean() {
            return rejected.isEmpty() && leftOut.isEmpty();
        }

        /** Whether the layer to use differs from the file on disk, so it must be saved (a backup used, items left out). */
        public boolean repaired() {
            return fromBackup || !leftOut.isEmpty();
        }
    }

    /**
     * A user file that was well-formed but some of whose items broke the rules of the combined data: every
     * other item was loaded, these were left out, and the file as it was is kept under {@code originalKeptAs}
     * (null if it could not be copied).
     */
    public record LeftOut(Path file, List<Item> items, Path originalKeptAs) {
        public LeftOut {
            items = List.copyOf(items);
        }
    }

    /**
     * One item left out: where it stands in the file, its section ({@code editions}, {@code notes},
     * {@code annotations}, …) and key, and why.
     */
    public record Item(Problem at, String section, String key, String reason) {
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
        List<LeftOut> leftOut = new ArrayList<>();
        if (Files.exists(file)) {
            UserLayer layer = tryLoad(file, bundled, seeds, rejected, leftOut);
            if (layer != null) {
                return new Loaded(layer, false, rejected, leftOut);
            }
        }
        if (Files.exists(backup())) {
            UserLayer layer = tryLoad(backup(), bundled, seeds, rejected, leftOut);
            if (layer != null) {
                return new Loaded(layer, true, rejected, leftOut);
            }
        }
        return new Loaded(UserLayer.EMPTY, false, rejected);
    }

    private UserLayer tryLoad(Path path, Dataset bundled, SeedLibrary seeds, List<Rejected> rejected,
                              List<LeftOut> leftOut) {
        List<Problem> problems;
        try {
            UserLayerJson.Decoded decoded = UserLayerJson.decode(path.toString(), Files.readAllBytes(path));
            if (decoded.ok()) {
                UserLayer layer = decoded.layer();
                List<Item> left = new ArrayList<>();
                List<Overlay.Issue> issues = Overlay.merge(bundled, layer).problems(layer, seeds);
                // Leave out the user items the problems name, and check again: leaving out a person can break a
                // user appearance of that person, which then goes too. Each round removes at least one item.
                while (!issues.isEmpty()) {
                    UserLayer pruned = layer;
                    for (Overlay.Issue issue : issues) {
                        UserLayer without = withoutItem(pruned, issue);
                        if (without != pruned) {
                            left.add(new Item(locate(path, decoded.locations(), issue), issue.section(), issue.key(),
                                    issue.message()));
                            pruned = without;
                        }
                    }
                    if (pruned == layer) {
                        break; // a problem no user item of this file accounts for: the file cannot be used as it is
                    }
                    layer = pruned;
                    issues = Overlay.merge(bundled, layer).problems(layer, seeds);
                }
                if (issues.isEmpty()) {
                    if (!left.isEmpty()) {
                        leftOut.add(new LeftOut(path, left, keepOriginal(path)));
                    }
                    return layer;
                }
                problems = issues.stream().map(issue -> locate(path, decoded.locations(), issue)).toList();
            } else {
                problems = decoded.problems();
            }
        } catch (IOException | RuntimeException e) {
            problems = List.of(new Problem(path.toString(), 1, 1, Wording.t("cannotRead", e.getMessage())));
        }
        rejected.add(new Rejected(path, problems, setAside(path)));
        return null;
    }

    /** The layer without the user item an issue is about; the same layer if the issue names none of its items. */
    private static UserLayer withoutItem(UserLayer layer, Overlay.Issue issue) {
        if (issue.section().equals("notes")) {
            return layer.note(issue.key()).isPresent() ? layer.withoutNote(issue.key()) : layer;
        }
        if (issue.section().equals("annotations")) {
            return layer.annotations().containsKey(issue.key()) ? layer.withoutAnnotation(issue.key()) : layer;
        }
        return ItemKind.bySection(issue.section())
                .filter(kind -> layer.item(kind, issue.key()).isPresent())
                .map(kind -> layer.without(kind, issue.key()))
                .orElse(layer);
    }

    /** Copies a file some of whose items were left out to {@code user-dataset.before-repair-TIME.json}, beside it. */
    private Path keepOriginal(Path original) {
        Path target = freeName(original, original.equals(file) ? "user-dataset.before-repair-" : "user-dataset.bak.before-repair-");
        try {
            Files.copy(original, target);
            return target;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path freeName(Path beside, String prefix) {
        String base = prefix + LocalDateTime.now().format(STAMP);
        Path target = beside.resolveSibling(base + ".json");
        for (int n = 2; Files.exists(target); n++) {
            target = beside.resolveSibling(base + "-" + n + ".json");
        }
        return target;
    }

    private static Problem locate(Path path, JsonLocations locations, Overlay.Issue issue) {
        int[] at = issue.section().isEmpty() ? new int[] {1, 1}
                : locations.find(UserLayerJson.pointer(issue.section(), issue.key()));
        return new Problem(path.toString(), at[0], at[1], issue.toString());
    }

    /** Renames a damaged file to {@code user-dataset.broken-TIME.json}, so nothing is lost and the next save cannot overwrite it. */
    private Path setAside(Path damaged) {
        Path target = freeName(damaged, damaged.equals(file) ? "user-dataset.broken-" : "user-dataset.bak.broken-");
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
