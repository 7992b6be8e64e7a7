package org.wicexplorer.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wicexplorer.data.Problem;

/** An import report as lines of text in a language, for the command line (the Data menu shows the same in a dialog). */
public final class ReportText {
    private ReportText() {
    }

    public static List<String> lines(ImportReport report, int documents, Words words) {
        List<String> out = new ArrayList<>();
        if (!report.succeeded()) {
            out.add(words.t("report.failed", report.problems().size()));
            report.problems().stream().map(Problem::toString).forEach(out::add);
            return out;
        }
        out.add(report.edited().isEmpty()
                ? words.t("report.done", report.imported().size() - documents, documents, report.skipped().size())
                : words.t("report.doneEdited", report.imported().size() - documents, documents, report.edited().size(),
                        report.skipped().size()));
        section(out, words, "report.imported", report.imported().stream().map(e -> line(e, words)).toList());
        section(out, words, "report.edited", report.edited().stream()
                .map(e -> line(e, words) + " — " + words.t("edit.changed", e.detail())).toList());
        section(out, words, "report.skipped", report.skipped().stream()
                .map(e -> line(e, words) + " — " + words.t("skip." + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        e.detail() == null ? "" : e.detail())).toList());
        return out;
    }

    private static void section(List<String> out, Words words, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.add(words.t(title) + " (" + lines.size() + ")");
            lines.forEach(l -> out.add("  " + l));
        }
    }

    private static String line(ImportReport.Entry e, Words words) {
        String what = words.t("kind." + e.kind()) + (e.id().isEmpty() ? "" : " " + e.id());
        return words.t("report.line", e.source(), what);
    }
}
