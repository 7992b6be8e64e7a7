package org.wicexplorer.interchange;

import java.util.List;
import org.wicexplorer.data.Problem;

/**
 * How an import ended: what was imported, what was skipped and why, and the problems that stopped it.
 * When {@link #problems()} is not empty nothing was imported.
 */
public record ImportReport(List<Entry> imported, List<Entry> edited, List<Entry> skipped, List<Problem> problems) {

    public ImportReport {
        imported = List.copyOf(imported);
        edited = List.copyOf(edited);
        skipped = List.copyOf(skipped);
        problems = List.copyOf(problems);
    }

    /**
     * One file or item (imported, edited or skipped): where it came from, its kind ({@code file}, {@code document}, {@code event}, or a
     * dataset item such as {@code milestone}), its id (empty for a file), and for a skipped one, why; for an edited one, {@code detail} names the fields that changed.
     * The interface words each kind and reason in its language (keys {@code data.kind.*}, {@code data.skip.*}).
     */
    public record Entry(String source, String kind, String id, Reason reason, String detail) {
        static Entry imported(String source, String kind, String id) {
            return new Entry(source, kind, id, null, null);
        }

        static Entry skipped(String source, String kind, String id, Reason reason, String detail) {
            return new Entry(source, kind, id, reason, detail);
        }
    }

    /** Why a file or item was skipped; none of these stops an import. */
    public enum Reason {
        /** Not .json, .csv, .txt, .md or .markdown. */
        UNSUPPORTED_TYPE,
        HIDDEN_FILE,
        /** The same item is already in the dataset. */
        ALREADY_PRESENT,
        /** A different item of that kind already has this id. */
        ID_TAKEN,
        /** The same text is already in the corpus; {@code detail} names the document. */
        ALREADY_IN_CORPUS,
        /** A TimelineJS event with neither headline nor text. */
        NO_TEXT,
        /** A search alias group: aliases belong to the bundled dataset, and the user's layer keeps none. */
        ALIASES_NOT_KEPT,
        /** An event of a TimelineJS file without our fields whose id is an edition's: it is that edition, not a milestone. */
        IS_AN_EDITION,
        /** A citation that no imported or edited item cites. */
        CITATION_UNUSED
    }

    public ImportReport(List<Entry> imported, List<Entry> skipped, List<Problem> problems) {
        this(imported, List.of(), skipped, problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
