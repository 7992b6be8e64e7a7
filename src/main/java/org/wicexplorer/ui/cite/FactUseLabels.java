package org.wicexplorer.ui.cite;

import org.wicexplorer.cite.FactUse;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Text;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;

/** A statement that cites a source, in one line: "2015 · 2nd · Theme: Interconnection and …". */
public final class FactUseLabels {
    private static final int MAX_STATEMENT = 90;

    private FactUseLabels() {
    }

    public static String describe(FactUse use, Dataset dataset) {
        StringBuilder out = new StringBuilder();
        if (use.edition() != null) {
            dataset.edition(use.edition()).ifPresent(e ->
                    out.append(e.year()).append(" · ").append(e.label().in(I18n.language())).append(" · "));
        }
        out.append(Formats.name(use.field())).append(": ");
        String statement = in(use.statement());
        if (use.subject() != null && !use.subject().equals(use.statement())) {
            out.append(in(use.subject())).append(" — ");
        }
        out.append(shorten(statement));
        return out.toString();
    }

    private static String in(Text t) {
        return t == null ? "" : t.in(I18n.language());
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_STATEMENT ? one : one.substring(0, MAX_STATEMENT - 1).strip() + "…";
    }
}
