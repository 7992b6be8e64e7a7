package org.wicexplorer.app;

import org.wicexplorer.cite.SourceExport;
import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.model.Edition;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code --export-citations FILE --format csl-json|bibtex|ris [--edition ID]}: the sources the dataset
 * cites, for a reference manager (ADR 0012). Needs no display.
 */
final class CitationsCommand {
    private CitationsCommand() {
    }

    static int run(CommandLine options, PrintStream out, PrintStream err) {
        StartupData data;
        try {
            data = StartupData.load(options.dataset());
        } catch (DataException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        if (!data.rejected().isEmpty()) {
            err.println("wic-explorer: " + data.requested() + " cannot be used, so nothing was exported:");
            data.rejected().stream().map(Problem::toString).forEach(err::println);
            return 1;
        }
        SourceExport.Format format = SourceExport.Format.ofId(options.format()).orElseThrow();
        List<SourceExport.Entry> entries;
        if (options.edition() != null) {
            if (data.dataset().edition(options.edition()).isEmpty()) {
                err.println("wic-explorer: no edition \"" + options.edition() + "\"; the editions are "
                        + data.dataset().editions().stream().map(Edition::id).collect(Collectors.joining(", ")));
                return 1;
            }
            entries = SourceExport.ofEdition(data.dataset(), data.seeds(), options.edition());
        } else {
            entries = SourceExport.all(data.dataset(), data.seeds());
        }
        Path file = options.exportCitations();
        try {
            String text = SourceExport.of(data.dataset()).write(entries, format);
            AtomicFiles.writeExport(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            err.println("wic-explorer: could not write the sources to " + file + ": " + ExportCommand.reason(e));
            return 1;
        }
        out.println("Wrote " + file + " (" + format.id() + ", " + entries.size()
                + (entries.size() == 1 ? " source)" : " sources)"));
        return 0;
    }
}
