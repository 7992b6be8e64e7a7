package org.wicexplorer.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.DatasetInfo;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.model.SourceKind;
import org.wicexplorer.model.Text;

/**
 * Plans an import: reads every chosen file inside the chosen folder, converts and validates each, and
 * only then decides what is new. Planning changes nothing; a plan with problems imports nothing
 * (docs/import-export.md, "How an import runs").
 */
public final class Importer {
    /** Deepest folder level read below the chosen folder. */
    static final int MAX_DEPTH = 8;

    /** Progress while planning: {@code done} of {@code total} files, and the one being read. */
    public interface Progress {
        void update(int done, int total, String file);
    }

    /** What an import will do once confirmed: the new dataset items, the new documents, and its report. */
    public record Plan(Dataset fragment, List<NewDocument> documents, ImportReport report) {
        public boolean hasItems() {
            return fragment != null && (report.imported().size() > documents.size() || !report.edited().isEmpty());
        }
    }

    /**
     * Saves a successful plan's documents and adds them to {@code seeds}, where search and the reader find
     * them. Does nothing for a plan with problems. Runs off the FX thread.
     */
    public static void saveDocuments(Plan plan, ImportedDocuments store, SeedLibrary seeds)
            throws IOException, DataException {
        if (!plan.report().succeeded() || plan.documents().isEmpty()) {
            return;
        }
        store.add(plan.documents());
        store.load().ifPresent(seeds::addAll);
    }

    private final Dataset current;
    private final SeedLibrary seeds;
    private final InputLimits limits;

    private final Words words;

    public Importer(Dataset current, SeedLibrary seeds, InputLimits limits) {
        this(current, seeds, limits, Language.EN);
    }

    /** {@code language}: the interface language, in which every problem of the report is written. */
    public Importer(Dataset current, SeedLibrary seeds, InputLimits limits, Language language) {
        this.current = current;
        this.seeds = seeds;
        this.limits = limits;
        this.words = Words.of(language);
    }

    /** {@code chosen}: files or folders, absolute or relative to {@code root}; folders are read recursively. */
    public Plan plan(Path root, List<Path> chosen, Progress progress) {
        return Words.with(words, () -> planned(root, chosen, progress));
    }

    private Plan planned(Path root, List<Path> chosen, Progress progress) {
        List<Problem> problems = new ArrayList<>();
        List<ImportReport.Entry> skipped = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : chosen) {
            Path resolved = root.toAbsolutePath().normalize().resolve(p).normalize();
            if (Files.isDirectory(resolved) && resolved.startsWith(root.toAbsolutePath().normalize())) {
                try (Stream<Path> walk = Files.walk(resolved, MAX_DEPTH)) {
                    walk.filter(f -> !Files.isDirectory(f)).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(new Problem(p.toString(), 1, 1, Words.err("cannotRead", String.valueOf(e.getMessage()))));
                }
            } else {
                files.add(p);
            }
        }
        List<Dataset> fragments = new ArrayList<>();
        Set<String> records = new HashSet<>();
        List<ImportReport.Entry> edited = new ArrayList<>();
        List<NewDocument> documents = new ArrayList<>();
        List<ImportReport.Entry> imported = new ArrayList<>();
        Set<String> documentIds = new HashSet<>(seeds.documents().stream().map(SourceDocument::id).toList());
        Map<String, String> knownTexts = new LinkedHashMap<>();
        seeds.documents().forEach(d -> knownTexts.put(seeds.text(d.id()), d.id()));
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = displayName(root, file);
            progress.update(i, files.size(), name);
            String type = extension(file);
            if (name.startsWith(".") || file.getFileName().toString().startsWith(".")) {
                skipped.add(ImportReport.Entry.skipped(name, "file", "", ImportReport.Reason.HIDDEN_FILE, null));
                continue;
            }
            if (!List.of("json", "csv", "txt", "md", "markdown").contains(type)) {
                skipped.add(ImportReport.Entry.skipped(name, "file", "", ImportReport.Reason.UNSUPPORTED_TYPE, null));
                continue;
            }
            boolean document = type.equals("txt") || type.equals("md") || type.equals("markdown");
            try {
                String text = TextInput.read(root, file, document ? limits.maxDocumentBytes() : limits.maxDatasetBytes());
                // The file's name, never its path: citations travel in exports (Privacy).
                String url = Privacy.importedFile(name);
                if (document) {
                    String existing = knownTexts.get(text);
                    if (existing != null) {
                        skipped.add(ImportReport.Entry.skipped(name, "document", "", ImportReport.Reason.ALREADY_IN_CORPUS, existing));
                        continue;
                    }
                    NewDocument doc = document(file, text, documentIds);
                    knownTexts.put(text, doc.entry().id());
                    documents.add(doc);
                    imported.add(ImportReport.Entry.imported(name, "document", doc.entry().id()));
                } else {
                    Conversion c = convert(name, type, text, url);
                    fragments.add(c.dataset());
                    skipped.addAll(c.skipped());
                    records.addAll(c.records());
                }
            } catch (DataException e) {
                problems.addAll(e.problems());
            }
        }
        progress.update(files.size(), files.size(), "");
        if (!problems.isEmpty()) {
            return new Plan(null, List.of(), new ImportReport(List.of(), List.of(), skipped, problems));
        }
        Dataset fragment = new Merge(current, imported, edited, skipped, records).of(fragments);
        return new Plan(fragment, documents, new ImportReport(imported, edited, skipped, List.of()));
    }

    private Conversion convert(String name, String type, String text, String url) throws DataException {
        if (type.equals("csv")) {
            return CsvEvents.read(name, text, url, seeds);
        }
        OurJson.Located parsed = OurJson.parse(name, text);
        if (TimelineJs.looksLike(parsed.root())) {
            return TimelineJs.read(name, text, url, seeds);
        }
        return Conversion.ours(OurJson.read(name, text.getBytes(StandardCharsets.UTF_8), seeds));
    }

    private static NewDocument document(Path file, String text, Set<String> taken) {
        String fileName = file.getFileName().toString();
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String slug = Texts.slug(stem);
        String base = "user-" + (slug.isEmpty() ? "document" : slug);
        String id = Texts.id(base, base, taken);
        Language language = hanShare(text) > 0.2 ? Language.ZH : Language.EN;
        String title = title(text, stem);
        Text titleText = language == Language.ZH ? new Text(null, title) : new Text(title, null);
        SourceDocument entry = new SourceDocument(id, id + "." + extension(file), titleText, language,
                SourceKind.IMPORTED, null, null, fileName, null, null, List.of());
        return new NewDocument(entry, text);
    }

    /** A Markdown title line ("# …"), else a short first line, else the file's name. */
    private static String title(String text, String stem) {
        for (String line : text.lines().limit(5).toList()) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            t = t.replaceFirst("^#+\\s*", "").strip();
            return !t.isEmpty() && t.length() <= 120 ? t : stem;
        }
        return stem;
    }

    private static double hanShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return letters == 0 ? 0 : (double) han / letters;
    }

    private static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String displayName(Path root, Path file) {
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(file).normalize();
        return resolved.startsWith(base) ? base.relativize(resolved).toString() : file.toString();
    }

    /** Keeps the items whose ids are new, once each; the rest is reported as skipped. */
    private static final class Merge {
        private final Dataset current;
        private final List<ImportReport.Entry> imported;
        private final List<ImportReport.Entry> skipped;
        private final List<ImportReport.Entry> edited;
        private final Set<String> records;

        Merge(Dataset current, List<ImportReport.Entry> imported, List<ImportReport.Entry> edited,
              List<ImportReport.Entry> skipped, Set<String> records) {
            this.current = current;
            this.imported = imported;
            this.edited = edited;
            this.skipped = skipped;
            this.records = records;
        }

        Dataset of(List<Dataset> parts) {
            DatasetInfo info = parts.isEmpty() ? new DatasetInfo("import", null, null) : parts.get(0).info();
            // A TimelineJS export stripped of our fields shows editions as plain events: they are the editions.
            Set<String> editionIds = new HashSet<>();
            current.editions().forEach(e -> editionIds.add(e.id()));
            List<Dataset> kept = new ArrayList<>();
            for (Dataset part : parts) {
                String from = part.info() == null ? "" : part.info().title();
                List<org.wicexplorer.model.Milestone> milestones = new ArrayList<>();
                for (org.wicexplorer.model.Milestone m : part.milestones()) {
                    if (editionIds.contains(m.id()) && !records.contains("milestone:" + m.id())) {
                        skipped.add(ImportReport.Entry.skipped(from, "milestone", m.id(), ImportReport.Reason.IS_AN_EDITION, m.id()));
                    } else {
                        milestones.add(m);
                    }
                }
                kept.add(new Dataset(part.info(), part.topics(), part.editions(), part.people(), part.appearances(),
                        part.controversies(), part.documents(), milestones, part.eras(), part.conflicts(), part.aliases(),
                        part.citations()));
            }
            Dataset picked = picked(info, kept);
            return withoutUnusedCitations(picked, kept);
        }

        /** New citations that no imported or edited item cites are left out: a re-import adds no orphans. */
        private Dataset withoutUnusedCitations(Dataset picked, List<Dataset> parts) {
            Set<String> cited = new HashSet<>();
            Dataset items = new Dataset(picked.info(), picked.topics(), picked.editions(), picked.people(),
                    picked.appearances(), picked.controversies(), picked.documents(), picked.milestones(), picked.eras(),
                    picked.conflicts(), picked.aliases(), List.of());
            try {
                Sources.collect(OurJson.TREES.readTree(OurJson.write(items)), cited);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            List<org.wicexplorer.model.Citation> used = new ArrayList<>();
            for (org.wicexplorer.model.Citation c : picked.citations()) {
                if (cited.contains(c.id())) {
                    used.add(c);
                } else {
                    imported.removeIf(e -> e.kind().equals("citation") && e.id().equals(c.id()));
                    skipped.add(ImportReport.Entry.skipped(parts.isEmpty() || parts.get(0).info() == null ? ""
                            : parts.get(0).info().title(), "citation", c.id(), ImportReport.Reason.CITATION_UNUSED, null));
                }
            }
            return new Dataset(picked.info(), picked.topics(), picked.editions(), picked.people(), picked.appearances(),
                    picked.controversies(), picked.documents(), picked.milestones(), picked.eras(), picked.conflicts(),
                    picked.aliases(), used);
        }
        private Dataset picked(DatasetInfo info, List<Dataset> parts) {
            return new Dataset(info,
                    pick(parts, Dataset::topics, current.topics(), t -> t.id(), "topic"),
                    pick(parts, Dataset::editions, current.editions(), e -> e.id(), "edition"),
                    pick(parts, Dataset::people, current.people(), p -> p.id(), "person"),
                    pick(parts, Dataset::appearances, current.appearances(), a -> a.person() + "@" + a.edition() + ":" + a.role(), "appearance"),
                    pick(parts, Dataset::controversies, current.controversies(), c -> c.id(), "controversy"),
                    pick(parts, Dataset::documents, current.documents(), d -> d.id(), "conference-document"),
                    pick(parts, Dataset::milestones, current.milestones(), m -> m.id(), "milestone"),
                    pick(parts, Dataset::eras, current.eras(), e -> e.id(), "era"),
                    pick(parts, Dataset::conflicts, current.conflicts(), c -> c.id(), "conflict"),
                    notKept(parts, Dataset::aliases, current.aliases(), a -> String.join("|", a.terms()), "alias-group"),
                    pick(parts, Dataset::citations, current.citations(), c -> c.id(), "citation"));
        }

        /** Items of a section the user's layer does not keep: new ones are reported as skipped, none imported. */
        private <T> List<T> notKept(List<Dataset> parts, Function<Dataset, List<T>> section, List<T> existing,
                                    Function<T, String> key, String what) {
            Set<String> have = new HashSet<>();
            existing.forEach(t -> have.add(key.apply(t)));
            for (Dataset part : parts) {
                String from = part.info() == null ? "" : part.info().title();
                for (T item : section.apply(part)) {
                    if (have.add(key.apply(item))) {
                        skipped.add(ImportReport.Entry.skipped(from, what, key.apply(item),
                                ImportReport.Reason.ALIASES_NOT_KEPT, null));
                    }
                }
            }
            return List.of();
        }

        private <T> List<T> pick(List<Dataset> parts, Function<Dataset, List<T>> section, List<T> existing,
                                 Function<T, String> key, String what) {
            Map<String, T> have = new LinkedHashMap<>();
            existing.forEach(t -> have.putIfAbsent(key.apply(t), t));
            List<T> out = new ArrayList<>();
            for (Dataset part : parts) {
                String from = part.info() == null ? "" : part.info().title();
                for (T item : section.apply(part)) {
                    String id = key.apply(item);
                    T there = have.putIfAbsent(id, item);
                    if (there == null) {
                        out.add(item);
                        imported.add(ImportReport.Entry.imported(from, what, id));
                    } else if (Objects.equals(there, item)) {
                        skipped.add(ImportReport.Entry.skipped(from, what, id, ImportReport.Reason.ALREADY_PRESENT, null));
                    } else if (records.contains(what + ":" + id) && existing.contains(there)) {
                        // Our own record, changed in the file: an edit, reported with what changed.
                        have.put(id, item);
                        out.add(item);
                        edited.add(new ImportReport.Entry(from, what, id, null, Changes.between(there, item)));
                    } else {
                        skipped.add(ImportReport.Entry.skipped(from, what, id, ImportReport.Reason.ID_TAKEN, null));
                    }
                }
            }
            return out;
        }
    }
}
