package org.wicexplorer.cite;

import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Claim;
import org.wicexplorer.model.ConferenceDocument;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Perspective;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.model.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks every statement of a dataset that carries {@code sources} and turns the citation lists around:
 * for each citation id, the statements that cite it, in the dataset's order (editions by date first).
 */
public final class FactSources {
    private final Map<String, List<FactUse>> byCitation = new LinkedHashMap<>();

    private FactSources() {
    }

    public static Map<String, List<FactUse>> byCitation(Dataset d) {
        FactSources out = new FactSources();
        for (Edition e : d.editions()) {
            out.add(FactField.EDITION_NAME, e.id(), null, e.name());
            out.add(e.dates().sources(), new FactUse(FactField.DATES, e.id(), null, dates(e)));
            out.add(FactField.VENUE, e.id(), null, e.venue());
            out.add(FactField.THEME, e.id(), null, e.theme());
            out.add(FactField.ATTENDANCE, e.id(), null, e.attendance());
            out.add(FactField.SESSIONS, e.id(), null, e.sessions());
            out.add(FactField.SUMMARY, e.id(), null, e.summary());
            e.highlights().forEach(h -> out.add(FactField.KEY_POINT, e.id(), null, h));
        }
        for (Appearance a : d.appearances()) {
            Text who = d.person(a.person()).map(p -> p.name()).orElse(new Text(a.person(), null));
            Text what = a.note() != null && !a.note().isEmpty() ? a.note() : a.position();
            out.add(a.sources(), new FactUse(FactField.APPEARANCE, a.edition(), who, what == null ? who : what));
        }
        for (Controversy c : d.controversies()) {
            out.add(FactField.CONTROVERSY, c.edition(), c.title(), c.summary());
            for (Perspective p : c.perspectives()) {
                out.add(p.sources(), new FactUse(FactField.PERSPECTIVE, c.edition(), c.title(), p.claim()));
            }
        }
        for (ConferenceDocument doc : d.documents()) {
            out.add(FactField.DOCUMENT, doc.edition(), doc.title(), doc.summary());
        }
        for (Milestone m : d.milestones()) {
            out.add(FactField.MILESTONE, m.edition(), m.title(), m.summary());
        }
        for (SourceConflict c : d.conflicts()) {
            for (Claim claim : c.claims()) {
                if (claim != null) {
                    out.add(claim.sources(), new FactUse(FactField.CONFLICT_CLAIM, c.edition(), c.question(), claim.value()));
                }
            }
        }
        for (Era era : d.eras()) {
            out.add(era.sources(), new FactUse(FactField.ERA, null, era.label(), era.label()));
        }
        out.byCitation.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out.byCitation);
    }

    private void add(FactField field, String edition, Text subject, Fact fact) {
        if (fact != null && fact.isKnown()) {
            add(fact.sources(), new FactUse(field, edition, subject, fact.text()));
        }
    }

    private void add(List<String> sources, FactUse use) {
        if (sources == null) {
            return;
        }
        for (String id : sources) {
            List<FactUse> uses = byCitation.computeIfAbsent(id, k -> new ArrayList<>());
            if (!uses.contains(use)) {
                uses.add(use);
            }
        }
    }

    /** Dates are stated in ISO form here; the interface writes them in its own language. */
    private static Text dates(Edition e) {
        String s = e.dates().start().toString();
        String text = e.dates().end() == null || e.dates().end().equals(e.dates().start()) ? s
                : s + " – " + e.dates().end();
        return new Text(text, null);
    }
}
