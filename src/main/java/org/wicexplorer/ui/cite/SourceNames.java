package org.wicexplorer.ui.cite;

import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.ui.I18n;

/** A short human name for where a citation comes from. */
public final class SourceNames {
    private SourceNames() {
    }

    public static String of(Citation c, SeedLibrary seeds) {
        if (c.isSeed()) {
            return seeds.document(c.document()).map(d -> d.title().in(I18n.language())).orElse(c.document());
        }
        String date = c.date() == null || "unknown".equals(c.date()) ? I18n.t("cite.undated") : c.date();
        return c.publisher() + " (" + date + ")";
    }
}
