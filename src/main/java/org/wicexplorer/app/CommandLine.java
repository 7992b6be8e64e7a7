package org.wicexplorer.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options the app understands. Parsed without touching JavaFX, so they work with no display. */
record CommandLine(Path validate, Path dataset, String search, boolean help, boolean version, List<String> errors,
                   boolean smokeTest, boolean present, boolean reducedMotion, Path tour, boolean benchmark,
                   Path exportPdf, Path exportPng, Integer width, String language, Path exportDeck,
                   List<Path> imports, boolean dryRun, Path export, String format, Path exportCitations,
                   String edition) {

    static final String USAGE = """
            Usage: wic-explorer [OPTION]... [FILE]
            Explore the World Internet Conference (世界互联网大会), 2014–2026, with every fact cited.

              --validate FILE   check a dataset file; print OK with its counts (exit 0) or
                                every problem as FILE:LINE:COLUMN: message (exit 1)
              --dataset FILE    start on another dataset; if it is bad, say why and use the bundled one
                                (a bare FILE, as from a file manager, means the same)
              --search QUERY    search the documents and facts; print kind, id, score and snippet per hit
              --present         start in presentation mode (fullscreen; Esc returns to the explorer)
              --tour FILE       open a tour (*.wictour.json) instead of the built-in one
                                (a bare FILE ending in .wictour.json means the same)
              --reduced-motion  change slides without animation
              --smoke-test      open the window, check what it loaded, print one line and exit 0
                                (non-zero on failure); for installers and CI
              --benchmark       open the window, print start-up time and peak memory, and exit
                                (bench/run.sh; see docs/performance.md)
              --export-pdf FILE write the classroom handout (a cover, then each edition with its
                                theme, key facts, controversies and cited sources) as a PDF; exit 0
                                when written, 1 with the reason when not
              --export-png FILE write the whole timeline as a PNG picture; needs a display
              --export-deck FILE.pptx|FILE.pdf
                                write the tour (the built-in one, or --tour FILE) as slides, one per
                                step: PowerPoint (.pptx, editable, with the notes as speaker notes) or
                                PDF (.pdf); exit 0 when written, 1 with the reason when not
              --width N         the picture's width in pixels, 320 to 8192 (default 1920; 3840 for
                                4K slides); the height follows in proportion
              --import FILE...  import datasets, TimelineJS files, CSV files, documents or folders into
                                your data, as the Data menu does; print the report and exit 0, or print
                                every problem as FILE:LINE:COLUMN: message and exit 1 (nothing imported)
              --dry-run         with --import: check and report, change nothing
              --export FILE     write the dataset (bundled, with your data) to FILE and exit
              --format json|timelinejs|csv
                                the format of --export: our dataset JSON, TimelineJS JSON, or CSV
              --language en|zh  the language of the handout, the picture, the slides, a TimelineJS
                                export and the messages (default: the system's)
              --export-citations FILE --format csl-json|bibtex|ris [--edition ID]
                                write the sources the dataset cites for a reference manager
                                (Zotero, Mendeley, EndNote, JabRef, pandoc): all of them, or
                                those of one edition (e.g. --edition wic-2015); exit 0 when
                                written, 1 with the reason when not
              --help            show this help and exit
              --version         show the version and exit

            With no option the app window opens.""";

    /** As the installers register tours; kept here so parsing needs no other layer. */
    static final String TOUR_EXTENSION = ".wictour.json";

    /** Full HD: sharp on a projector and on most slides; 3840 for 4K. */
    static final int DEFAULT_PNG_WIDTH = 1920;

    static CommandLine parse(String... args) {
        Path validate = null;
        Path dataset = null;
        String search = null;
        boolean help = false;
        boolean version = false;
        boolean smokeTest = false;
        boolean present = false;
        boolean reducedMotion = false;
        Path tour = null;
        boolean benchmark = false;
        Path exportPdf = null;
        Path exportPng = null;
        Path exportDeck = null;
        Integer width = null;
        String language = null;
        List<Path> imports = new ArrayList<>();
        boolean importGiven = false;
        boolean dryRun = false;
        Path export = null;
        String format = null;
        Path exportCitations = null;
        String edition = null;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--smoke-test" -> smokeTest = true;
                case "--present" -> present = true;
                case "--reduced-motion" -> reducedMotion = true;
                case "--tour" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        errors.add("--tour needs a FILE");
                    } else {
                        tour = fileArgument(args[++i]);
                    }
                }
                case "--benchmark" -> benchmark = true;
                case "--dry-run" -> dryRun = true;
                case "--import" -> {
                    importGiven = true;
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        imports.add(fileArgument(args[++i]));
                    }
                    if (imports.isEmpty()) {
                        errors.add("--import needs at least one FILE or folder");
                    }
                }
                case "--export" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        errors.add("--export needs a FILE");
                    } else {
                        export = Path.of(args[++i]);
                    }
                }
                case "--format" -> format = i + 1 < args.length ? args[++i] : "";
                case "--validate", "--dataset" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        errors.add(arg + " needs a FILE");
                    } else if (arg.equals("--validate")) {
                        validate = Path.of(args[++i]);
                    } else {
                        dataset = Path.of(args[++i]);
                    }
                }
                case "--export-pdf", "--export-png" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        errors.add(arg + " needs a FILE");
                    } else if (arg.equals("--export-pdf")) {
                        exportPdf = Path.of(args[++i]);
                    } else {
                        exportPng = Path.of(args[++i]);
                    }
                }
                case "--export-deck" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        errors.add("--export-deck needs a FILE ending in .pptx or .pdf");
                    } else {
                        exportDeck = Path.of(args[++i]);
                        String name = exportDeck.getFileName() == null ? ""
                                : exportDeck.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        if (!(name.endsWith(".pptx") && name.length() > 5) && !(name.endsWith(".pdf") && name.length() > 4)) {
                            errors.add("--export-deck needs a FILE ending in .pptx or .pdf, not \"" + args[i] + "\"");
                        }
                    }
                }
                case "--export-citations" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        errors.add(arg + " needs a FILE");
                    } else {
                        exportCitations = Path.of(args[++i]);
                    }
                }
                case "--edition" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        errors.add("--edition needs an edition ID, e.g. wic-2015");
                    } else {
                        edition = args[++i];
                    }
                }
                case "--width" -> {
                    String value = i + 1 < args.length ? args[++i] : "";
                    try {
                        width = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        width = -1;
                    }
                    if (width < 320 || width > 8192) {
                        errors.add("--width needs a number of pixels from 320 to 8192, not \"" + value + "\"");
                    }
                }
                case "--language" -> {
                    String value = i + 1 < args.length ? args[++i] : "";
                    if (value.equals("en") || value.equals("zh")) {
                        language = value;
                    } else {
                        errors.add("--language needs en or zh, not \"" + value + "\"");
                    }
                }
                case "--search" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        errors.add("--search needs a QUERY");
                    } else {
                        search = args[++i];
                    }
                }
                default -> {
                    if (!arg.startsWith("-") && arg.endsWith(TOUR_EXTENSION) && tour == null) {
                        tour = fileArgument(arg);
                    } else if (arg.startsWith("-") || dataset != null) {
                        errors.add((arg.startsWith("-") ? "unknown option \"" : "one dataset only, not also \"") + arg + "\"");
                    } else {
                        dataset = fileArgument(arg);
                    }
                }
            }
        }
        // --format goes with --export (the dataset) or --export-citations (the sources); each has its formats.
        if (export != null && (format == null || !List.of("json", "timelinejs", "csv").contains(format))) {
            errors.add("--export needs --format json, timelinejs or csv" + (format == null ? "" : ", not \"" + format + "\""));
        }
        if (format != null && export == null && exportCitations == null && errors.isEmpty()) {
            errors.add("--format is the format of --export or --export-citations; give one of them too");
        }
        if (dryRun && !importGiven && errors.isEmpty()) {
            errors.add("--dry-run goes with --import");
        }
        if (width != null && exportPng == null && errors.isEmpty()) {
            errors.add("--width is the width of --export-png; give --export-png FILE too");
        }
        if (exportCitations != null && (format == null || !List.of("csl-json", "bibtex", "ris").contains(format))) {
            errors.add("--export-citations needs --format csl-json, bibtex or ris"
                    + (format == null ? "" : ", not \"" + format + "\""));
        }
        if (edition != null && exportCitations == null && errors.isEmpty()) {
            errors.add("--edition chooses the sources of --export-citations; give --export-citations FILE too");
        }
        return new CommandLine(validate, dataset, search, help, version, List.copyOf(errors), smokeTest, present,
                reducedMotion, tour, benchmark, exportPdf, exportPng, width, language, exportDeck, List.copyOf(imports),
                dryRun, export, format, exportCitations, edition);
    }

    /** A file as a desktop passes it: a path, or a file: URI. */
    private static Path fileArgument(String arg) {
        try {
            return arg.startsWith("file:") ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException e) {
            return Path.of(arg);
        }
    }

    /** True when the options ask for a command-line task rather than the window. */
    boolean isBatch() {
        return help || version || validate != null || search != null || !errors.isEmpty()
                || exportPdf != null || exportPng != null || exportDeck != null || !imports.isEmpty() || export != null
                || exportCitations != null;
    }
}
