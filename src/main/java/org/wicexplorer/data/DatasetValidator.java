package org.wicexplorer.data;

import org.wicexplorer.model.AliasGroup;
import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Claim;
import org.wicexplorer.model.ConferenceDocument;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.DatasetInfo;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.EditionDates;
import org.wicexplorer.model.EditionKind;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Person;
import org.wicexplorer.model.Perspective;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.model.Text;
import org.wicexplorer.model.Topic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of docs/dataset-format.md that types alone cannot express: required fields, dates in order,
 * unique ids, references that resolve, a citation behind every fact, and seed quotes that really occur.
 */
final class DatasetValidator {
    static final int MAX_QUOTE = 300;
    private static final Pattern WEB_DATE = Pattern.compile("unknown|\\d{4}(-\\d{2}(-\\d{2})?)?");

    record Issue(String pointer, String message) {
    }

    private final DatasetSections data;
    private final SeedLibrary seeds;
    private final List<Issue> issues = new ArrayList<>();
    private Set<String> editionIds;
    private Set<String> personIds;
    private Set<String> topicIds;
    private Set<String> citationIds;

    DatasetValidator(DatasetSections data, SeedLibrary seeds) {
        this.data = data;
        this.seeds = seeds;
    }

    List<Issue> validate() {
        if (data.formatVersion() != null && data.formatVersion() != 1) {
            issue("/formatVersion", w("formatVersion", data.formatVersion()));
        }
        if (data.info() != null) {
            DatasetInfo info = data.info().value();
            required(info.title(), data.info().pointer(), "title");
        }
        topicIds = known("topics", ids(data.topics(), Topic::id, "topic"));
        editionIds = known("editions", ids(data.editions(), Edition::id, "edition"));
        personIds = known("people", ids(data.people(), Person::id, "person"));
        citationIds = known("citations", ids(data.citations(), Citation::id, "citation"));
        ids(data.controversies(), Controversy::id, "controversy");
        ids(data.documents(), ConferenceDocument::id, "document");
        ids(data.milestones(), Milestone::id, "milestone");
        ids(data.eras(), Era::id, "era");
        ids(data.conflicts(), SourceConflict::id, "conflict");

        data.topics().forEach(t -> text(t.value().label(), t.pointer() + "/label", "label"));
        data.editions().forEach(this::edition);
        data.people().forEach(p -> text(p.value().name(), p.pointer() + "/name", "name"));
        data.appearances().forEach(this::appearance);
        data.controversies().forEach(this::controversy);
        data.documents().forEach(this::document);
        data.milestones().forEach(this::milestone);
        data.eras().forEach(this::era);
        data.conflicts().forEach(this::conflict);
        data.aliases().forEach(this::aliases);
        data.citations().forEach(this::citation);
        return issues;
    }

    private void edition(Located<Edition> located) {
        Edition e = located.value();
        String at = located.pointer();
        if (e.kind() == null) {
            issue(at, w("missingField", "kind"));
        } else if ((e.kind() == EditionKind.CONFERENCE) != (e.ordinal() != null)) {
            issue(at + "/ordinal", e.kind() == EditionKind.CONFERENCE
                    ? w("conferenceOrdinal")
                    : w("ordinalNotForKind", word(e.kind())));
        }
        if (e.ordinal() != null && e.ordinal() < 1) {
            issue(at + "/ordinal", w("ordinalMin"));
        }
        text(e.label(), at + "/label", "label");
        knownFact(e.name(), at + "/name", "name");
        dates(e.dates(), at + "/dates", e.year());
        fact(e.venue(), at + "/venue", "venue");
        fact(e.theme(), at + "/theme", "theme");
        fact(e.attendance(), at + "/attendance", "attendance");
        fact(e.sessions(), at + "/sessions", "sessions");
        knownFact(e.summary(), at + "/summary", "summary");
        for (int i = 0; i < e.highlights().size(); i++) {
            knownFact(e.highlights().get(i), at + "/highlights/" + i, "highlight");
        }
        refs(e.topics(), topicIds, at + "/topics", "topic");
    }

    private void dates(EditionDates d, String at, int year) {
        if (d == null) {
            issue(parent(at), w("missingField", "dates"));
            return;
        }
        if (d.start() == null) {
            issue(at, w("missingField", "start"));
            return;
        }
        if (d.start().getYear() != year) {
            issue(parent(at) + "/year", w("yearMismatch", year, d.start().getYear()));
        }
        if (d.end() == null) {
            if (d.endUnknown() == null || d.endUnknown().isBlank()) {
                issue(at + "/end", w("endMissing"));
            }
        } else {
            if (d.end().isBefore(d.start())) {
                issue(at + "/end", w("endBeforeStart", d.end(), d.start()));
            }
            if (d.endUnknown() != null) {
                issue(at + "/endUnknown", w("endUnknownNeedsNull"));
            }
        }
        LocalDate opening = d.opening();
        if (opening != null && (opening.isBefore(d.start()) || (d.end() != null && opening.isAfter(d.end())))) {
            issue(at + "/opening", w("openingOutside", opening));
        }
        sources(d.sources(), at + "/sources");
    }

    private void appearance(Located<Appearance> located) {
        Appearance a = located.value();
        String at = located.pointer();
        ref(a.person(), personIds, at + "/person", "person");
        ref(a.edition(), editionIds, at + "/edition", "edition");
        if (a.role() == null) {
            issue(at, w("missingField", "role"));
        }
        sources(a.sources(), at + "/sources");
    }

    private void controversy(Located<Controversy> located) {
        Controversy c = located.value();
        String at = located.pointer();
        ref(c.edition(), editionIds, at + "/edition", "edition");
        text(c.title(), at + "/title", "title");
        knownFact(c.summary(), at + "/summary", "summary");
        refs(c.topics(), topicIds, at + "/topics", "topic");
        if (c.perspectives().isEmpty()) {
            issue(at + "/perspectives", w("perspectiveNeeded"));
        }
        for (int i = 0; i < c.perspectives().size(); i++) {
            Perspective p = c.perspectives().get(i);
            String pp = at + "/perspectives/" + i;
            if (p == null) {
                issue(pp, w("perspectiveNull"));
                continue;
            }
            if (p.party() == null) {
                issue(pp, w("missingField", "party"));
            }
            text(p.who(), pp + "/who", "who");
            text(p.claim(), pp + "/claim", "claim");
            sources(p.sources(), pp + "/sources");
        }
    }

    private void document(Located<ConferenceDocument> located) {
        ConferenceDocument d = located.value();
        String at = located.pointer();
        ref(d.edition(), editionIds, at + "/edition", "edition");
        text(d.title(), at + "/title", "title");
        if (d.kind() == null) {
            issue(at, w("missingField", "kind"));
        }
        if (d.seed() != null && seeds.document(d.seed()).isEmpty()) {
            issue(at + "/seed", w("noSeed", d.seed()));
        }
        knownFact(d.summary(), at + "/summary", "summary");
        refs(d.topics(), topicIds, at + "/topics", "topic");
    }

    private void milestone(Located<Milestone> located) {
        Milestone m = located.value();
        String at = located.pointer();
        if (m.date() == null) {
            issue(at, w("missingField", "date"));
        } else {
            aligned(m.when(), at + "/date");
            if (m.time() != null && m.precision() != null) {
                issue(at + "/time", w("timeNeedsDay", m.precision().name().toLowerCase(java.util.Locale.ROOT)));
            }
            if (m.end() != null) {
                aligned(m.until(), at + "/end");
                if (m.end().isBefore(m.date())) {
                    issue(at + "/end", w("endBeforeDate", m.end(), m.date()));
                }
            } else if (m.endPrecision() != null) {
                issue(at + "/endPrecision", w("endPrecisionNeedsEnd"));
            }
        }
        if (m.edition() != null) {
            ref(m.edition(), editionIds, at + "/edition", "edition");
        }
        text(m.title(), at + "/title", "title");
        knownFact(m.summary(), at + "/summary", "summary");
    }

    private void era(Located<Era> located) {
        Era e = located.value();
        String at = located.pointer();
        if (e.start() == null) {
            issue(at, w("missingField", "start"));
        } else {
            aligned(e.startWhen(), at + "/start");
            if (e.end() != null) {
                aligned(e.endWhen(), at + "/end");
                if (e.end().isBefore(e.start())) {
                    issue(at + "/end", w("endBeforeStart", e.end(), e.start()));
                }
            }
        }
        text(e.label(), at + "/label", "label");
        sources(e.sources(), at + "/sources");
    }

    /** A year-precise date is stored as its 1 January, a month-precise one as the month's 1st. */
    private void aligned(org.wicexplorer.model.HistoricalDate d, String at) {
        if (!d.isAligned()) {
            issue(at, d.precision() == org.wicexplorer.model.DatePrecision.YEAR
                    ? w("yearNotAligned", d.date())
                    : w("monthNotAligned", d.date()));
        }
    }

    private void conflict(Located<SourceConflict> located) {
        SourceConflict c = located.value();
        String at = located.pointer();
        if (c.edition() != null) {
            ref(c.edition(), editionIds, at + "/edition", "edition");
        }
        if (c.subject() == null) {
            issue(at, w("missingField", "subject"));
        }
        text(c.question(), at + "/question", "question");
        text(c.reason(), at + "/reason", "reason");
        if (c.claims().size() < 2) {
            issue(at + "/claims", w("claimsNeeded"));
        }
        Set<String> claimIds = new HashSet<>();
        for (int i = 0; i < c.claims().size(); i++) {
            Claim claim = c.claims().get(i);
            String cp = at + "/claims/" + i;
            if (claim == null) {
                issue(cp, w("claimNull"));
                continue;
            }
            if (required(claim.id(), cp, "id") && !claimIds.add(claim.id())) {
                issue(cp + "/id", w("duplicateClaim", claim.id()));
            }
            text(claim.value(), cp + "/value", "value");
            sources(claim.sources(), cp + "/sources");
        }
        if (c.follows() != null && !claimIds.contains(c.follows())) {
            issue(at + "/follows", w("followsUnknown", c.follows()));
        }
    }

    private void aliases(Located<AliasGroup> located) {
        List<String> terms = located.value().terms();
        if (terms.size() < 2 || terms.stream().anyMatch(t -> t == null || t.isBlank())) {
            issue(located.pointer() + "/terms", w("aliasTerms"));
        }
    }

    private void citation(Located<Citation> located) {
        Citation c = located.value();
        String at = located.pointer();
        if (c.confidence() == null) {
            issue(at, w("missingField", "confidence"));
        }
        if (!required(c.quote(), at, "quote")) {
            return;
        }
        if (c.quote().length() > MAX_QUOTE) {
            issue(at + "/quote", w("quoteLong", c.quote().length(), MAX_QUOTE));
        }
        if ((c.document() == null) == (c.url() == null)) {
            issue(at, w("citationSource"));
            return;
        }
        if (c.document() != null) {
            if (seeds.document(c.document()).isEmpty()) {
                issue(at + "/document", w("noSeed", c.document()));
            } else if (seeds.locate(c.document(), c.quote()).isEmpty()) {
                issue(at + "/quote", w("quoteNotInSeed", c.document(), abbreviate(c.quote())));
            }
        } else {
            required(c.publisher(), at, "publisher");
            if (required(c.date(), at, "date") && !WEB_DATE.matcher(c.date()).matches()) {
                issue(at + "/date", w("webDate", c.date()));
            }
        }
    }

    // --- shared checks ---

    private Set<String> known(String section, Set<String> ids) {
        ids.addAll(data.unreadableIds(section));
        return ids;
    }

    /**
     * Whether {@code s} has the form of an id, {@code [a-z0-9]+(-[a-z0-9]+)*}: words of lower-case letters and
     * digits joined by single hyphens. Told without a regular expression: every id of the dataset is checked
     * after each edit, and a matcher per id was half of what that check allocated.
     */
    static boolean isId(String s) {
        boolean afterHyphen = true; // at the start, as after a hyphen, a hyphen is not allowed
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                afterHyphen = false;
            } else if (c == '-' && !afterHyphen) {
                afterHyphen = true;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    private <T> Set<String> ids(List<Located<T>> items, Function<T, String> id, String what) {
        Set<String> seen = new HashSet<>();
        for (Located<T> item : items) {
            String value = id.apply(item.value());
            if (!required(value, item.pointer(), "id")) {
                continue;
            }
            if (!isId(value)) {
                issue(item.pointer() + "/id", w("idForm", value));
            }
            if (!seen.add(value)) {
                issue(item.pointer() + "/id", w("duplicateId", kind(what), value));
            }
        }
        return seen;
    }

    private void fact(Fact fact, String at, String field) {
        if (fact == null) {
            issue(parent(at), w("missingFact", field));
            return;
        }
        if (!fact.isKnown()) {
            if (fact.unknown().isBlank()) {
                issue(at + "/unknown", w("unknownWhy"));
            }
            if (fact.en() != null || fact.zh() != null || !fact.sources().isEmpty()) {
                issue(at, w("knownOrUnknown"));
            }
            return;
        }
        if (new Text(fact.en(), fact.zh()).isEmpty()) {
            issue(at, w("needsText", field));
        }
        sources(fact.sources(), at + "/sources");
    }

    private void knownFact(Fact fact, String at, String field) {
        if (fact != null && !fact.isKnown()) {
            issue(at, w("cannotBeUnknown", field));
            return;
        }
        fact(fact, at, field);
    }

    private void text(Text text, String at, String field) {
        if (text == null) {
            issue(parent(at), w("missingField", field));
        } else if (text.isEmpty()) {
            issue(at, w("needsText", field));
        }
    }

    private void sources(List<String> sources, String at) {
        if (sources.isEmpty()) {
            issue(at.endsWith("/sources") ? at : parent(at), w("needsSources"));
            return;
        }
        refs(sources, citationIds, at, "citation");
    }

    private void refs(List<String> ids, Set<String> known, String at, String what) {
        for (int i = 0; i < ids.size(); i++) {
            ref(ids.get(i), known, at + "/" + i, what);
        }
    }

    private void ref(String id, Set<String> known, String at, String what) {
        if (id == null) {
            issue(at, w("missingRef", kind(what)));
        } else if (!known.contains(id)) {
            issue(at, unknown(what, id, known));
        }
    }

    private static String unknown(String what, String id, Set<String> known) {
        List<String> close = known.stream().filter(k -> k.contains(id) || id.contains(k)).sorted().limit(3)
                .collect(Collectors.toList());
        return close.isEmpty() ? w("unknownRef", kind(what), id)
                : w("unknownRefSuggest", kind(what), id, String.join(", ", close));
    }

    /** A problem in the current language ({@link Wording}); numbers and dates are written as they are in the file. */
    private static String w(String key, Object... args) {
        return Wording.t(key, args);
    }

    /** The name of a kind of record ("edition", "citation", …) in the current language. */
    private static String kind(String what) {
        return Wording.t("kind." + what);
    }

    private boolean required(String value, String at, String field) {
        if (value == null || value.isBlank()) {
            issue(at, w("missingField", field));
            return false;
        }
        return true;
    }

    private void issue(String pointer, String message) {
        issues.add(new Issue(pointer, message));
    }

    private static String parent(String pointer) {
        return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    }

    private static String word(EditionKind kind) {
        return kind.name().toLowerCase();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
