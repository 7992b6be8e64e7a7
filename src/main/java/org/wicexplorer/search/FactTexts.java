package org.wicexplorer.search;

import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Claim;
import org.wicexplorer.model.ConferenceDocument;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Person;
import org.wicexplorer.model.Perspective;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The searchable text of each fact of a dataset: one unit per edition, person, controversy, conflict,
 * document and milestone, its English and Chinese statements one per line, then the labels of its
 * topics. Facts stated as unknown contribute nothing: their reason is not what a reader searches for.
 */
final class FactTexts {

    /** One fact to index. */
    record Unit(HitKind kind, String id, Text title, List<String> editions, String text) {
        /** What the index knows this fact by: its kind and id. */
        String key() {
            return FactTexts.key(kind, id);
        }

        /**
         * A 64-bit digest of everything indexed for the fact, so an update can tell a changed fact from an
         * unchanged one without keeping every fact's text a second time.
         */
        long fingerprint() {
            try {
                java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                for (String part : new String[] {kind.name(), id, title == null ? "" : title.en() + "\u0000" + title.zh(),
                        String.join("\u0000", editions), text}) {
                    sha.update(String.valueOf(part).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update((byte) 1);
                }
                return java.nio.ByteBuffer.wrap(sha.digest()).getLong();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }
    }

    private FactTexts() {
    }

    /** What the index knows a fact by: its kind and id. */
    static String key(HitKind kind, String id) {
        return kind.name() + ":" + id;
    }

    static void forEach(Dataset d, Consumer<Unit> sink) {
        forEach(d, (key, record) -> false, sink, key -> { });
    }

    /**
     * {@link #forEach(Dataset, Consumer)}, except that a record for which {@code kept} holds (given the key of
     * its fact and the record) has no text made: its key goes to {@code keptSink} instead of a unit to
     * {@code sink}. An update uses it for the records an edit left as the very objects it indexed.
     */
    static void forEach(Dataset d, BiPredicate<String, Object> kept, Consumer<Unit> sink, Consumer<String> keptSink) {
        for (Edition e : d.editions()) {
            if (skip(kept, keptSink, HitKind.EDITION, e.id(), e)) {
                continue;
            }
            Lines l = new Lines().add(e.label()).add(String.valueOf(e.year())).add(e.name()).add(e.venue())
                    .add(e.theme()).add(e.attendance()).add(e.sessions()).add(e.summary());
            e.highlights().forEach(l::add);
            l.topics(d, e.topics());
            sink.accept(new Unit(HitKind.EDITION, e.id(), title(e.name(), e.label()), List.of(e.id()), l.text()));
        }
        for (Person p : d.people()) {
            if (skip(kept, keptSink, HitKind.PERSON, p.id(), p)) {
                continue;
            }
            Lines l = new Lines().add(p.name());
            p.aliases().forEach(l::add);
            List<Appearance> appearances = d.appearancesOf(p.id());
            appearances.forEach(a -> l.add(a.position()).add(a.note()));
            List<String> editions = appearances.stream().map(Appearance::edition).distinct().toList();
            sink.accept(new Unit(HitKind.PERSON, p.id(), p.name(), editions, l.text()));
        }
        for (Controversy c : d.controversies()) {
            if (skip(kept, keptSink, HitKind.CONTROVERSY, c.id(), c)) {
                continue;
            }
            Lines l = new Lines().add(c.title()).add(c.summary());
            for (Perspective p : c.perspectives()) {
                l.add(p.who()).add(p.claim());
            }
            l.topics(d, c.topics());
            sink.accept(new Unit(HitKind.CONTROVERSY, c.id(), c.title(), editions(c.edition()), l.text()));
        }
        for (SourceConflict c : d.conflicts()) {
            if (skip(kept, keptSink, HitKind.CONFLICT, c.id(), c)) {
                continue;
            }
            Lines l = new Lines().add(c.question());
            c.claims().stream().filter(Objects::nonNull).map(Claim::value).forEach(l::add);
            l.add(c.reason());
            sink.accept(new Unit(HitKind.CONFLICT, c.id(), c.question(), editions(c.edition()), l.text()));
        }
        for (ConferenceDocument doc : d.documents()) {
            if (skip(kept, keptSink, HitKind.DOCUMENT, doc.id(), doc)) {
                continue;
            }
            Lines l = new Lines().add(doc.title()).add(doc.summary()).topics(d, doc.topics());
            sink.accept(new Unit(HitKind.DOCUMENT, doc.id(), doc.title(), editions(doc.edition()), l.text()));
        }
        for (Milestone m : d.milestones()) {
            if (skip(kept, keptSink, HitKind.MILESTONE, m.id(), m)) {
                continue;
            }
            Lines l = new Lines().add(m.title()).add(m.summary());
            sink.accept(new Unit(HitKind.MILESTONE, m.id(), m.title(), editions(m.edition()), l.text()));
        }
    }

    private static boolean skip(BiPredicate<String, Object> kept, Consumer<String> keptSink, HitKind kind, String id,
                                Object record) {
        String key = key(kind, id);
        if (kept.test(key, record)) {
            keptSink.accept(key);
            return true;
        }
        return false;
    }

    static int count(Dataset d) {
        return d.editions().size() + d.people().size() + d.controversies().size() + d.conflicts().size()
                + d.documents().size() + d.milestones().size();
    }

    private static List<String> editions(String edition) {
        return edition == null ? List.of() : List.of(edition);
    }

    private static Text title(Fact name, Text label) {
        return name != null && name.isKnown() && !name.text().isEmpty() ? name.text() : label;
    }

    /** Non-blank statements, one per line, each language in turn. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();

        Lines add(Text t) {
            if (t != null) {
                add(t.en());
                add(t.zh());
            }
            return this;
        }

        Lines add(Fact f) {
            if (f != null && f.isKnown()) {
                add(f.text());
            }
            return this;
        }

        Lines add(String s) {
            if (s != null && !s.isBlank()) {
                lines.add(s.strip());
            }
            return this;
        }

        /** A fact tagged with a topic is found by the topic's name. */
        Lines topics(Dataset d, List<String> topicIds) {
            topicIds.forEach(id -> d.topic(id).ifPresent(t -> add(t.label())));
            return this;
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
