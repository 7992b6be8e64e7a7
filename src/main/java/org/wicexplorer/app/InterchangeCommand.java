package org.wicexplorer.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.interchange.ExportFormat;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.Importer;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.interchange.ReportText;
import org.wicexplorer.interchange.Words;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;
import org.wicexplorer.userdata.EditRefusedException;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;

/**
 * {@code --import FILE… [--dry-run]} and {@code --export FILE --format json|timelinejs|csv}: the Data menu
 * without a window. An import is planned exactly as the menu plans it (all or nothing, the same report),
 * then saved into the user's data; an export writes the dataset the window would show.
 */
final class InterchangeCommand {
    private InterchangeCommand() {
    }

    static int run(CommandLine options, PrintStream out, PrintStream err) {
        Language language = options.language() != null ? Language.of(Locale.forLanguageTag(options.language()))
                : Language.of(Locale.getDefault());
        Words words = Words.of(language);
        StartupData data;
        try {
            data = StartupData.load(options.dataset());
        } catch (DataException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        if (!data.rejected().isEmpty()) {
            data.rejected().stream().map(Problem::toString).forEach(err::println);
            return 1;
        }
        try (UserDataService service = UserDataService.open(data.dataset(), data.seeds(), UserDataStore.inUserDataHome())) {
            int status = 0;
            if (!options.imports().isEmpty()) {
                status = importFiles(options, service, data, words, out, err);
            }
            if (status == 0 && options.export() != null) {
                status = export(options, service.effective(), data.seeds(), language, words, out, err);
            }
            return status;
        }
    }

    private static int importFiles(CommandLine options, UserDataService service, StartupData data, Words words,
                                   PrintStream out, PrintStream err) {
        List<Path> files = options.imports().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Path root = commonFolder(files);
        Importer.Plan plan = new Importer(service.effective(), data.seeds(), InputLimits.DEFAULT, words.language())
                .plan(root, files, (done, total, file) -> { });
        if (!plan.report().succeeded()) {
            out.println(ReportText.lines(plan.report(), 0, words).get(0));
            plan.report().problems().forEach(err::println);
            return 1;
        }
        ReportText.lines(plan.report(), plan.documents().size(), words).forEach(out::println);
        if (options.dryRun()) {
            out.println(words.t("cli.dryRun"));
            return 0;
        }
        try {
            if (plan.hasItems()) {
                service.checkImport(plan.fragment());
            }
            Importer.saveDocuments(plan, ImportedDocuments.inUserDataHome(), data.seeds());
            if (plan.hasItems()) {
                service.importItems(plan.fragment(), words.t("importEdit", String.join(", ",
                        files.stream().map(f -> f.getFileName().toString()).toList())));
            }
            service.flush();
            return 0;
        } catch (EditRefusedException e) {
            e.reasons().forEach(r -> err.println("wic-explorer: " + r));
            return 1;
        } catch (IOException | DataException | RuntimeException e) {
            err.println("wic-explorer: " + ExportCommand.reason(e));
            return 1;
        }
    }

    /** The deepest folder holding every chosen file or folder: nothing outside it is read. */
    static Path commonFolder(List<Path> files) {
        Path common = null;
        for (Path f : files) {
            Path folder = java.nio.file.Files.isDirectory(f) ? f : f.getParent();
            if (common == null) {
                common = folder;
            } else {
                while (!folder.startsWith(common)) {
                    common = common.getParent();
                }
            }
        }
        return common == null ? Path.of("").toAbsolutePath() : common;
    }

    private static int export(CommandLine options, Dataset dataset, org.wicexplorer.data.SeedLibrary seeds,
                              Language language, Words words, PrintStream out,
                              PrintStream err) {
        ExportFormat format = switch (options.format()) {
            case "timelinejs" -> ExportFormat.TIMELINE_JS;
            case "csv" -> ExportFormat.CSV;
            default -> ExportFormat.OUR_JSON;
        };
        try {
            format.export(dataset, language, seeds, options.export());
            out.println(words.t("cli.exported", options.export(), options.format(), dataset.editions().size(),
                    dataset.milestones().size(), dataset.eras().size()));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("wic-explorer: " + options.export() + ": " + ExportCommand.reason(e));
            return 1;
        }
    }
}
