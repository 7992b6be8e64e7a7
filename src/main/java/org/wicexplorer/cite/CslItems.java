package org.wicexplorer.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A source as a CSL item, the record citeproc-java formats. A web page (a source with an http(s)
 * address) is a CSL {@code webpage} whose site is its publisher and whose access date is the day the
 * sources were consulted; anything else is a {@code document} from its publisher, where the locator
 * (a placeholder identifier or a description of the copy) goes into the note.
 */
public final class CslItems {
    private CslItems() {
    }

    public static CSLItemData item(String id, CitableSource s, LocalDate accessed) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).language(s.language());
        if (s.title() != null) {
            b.title(s.title());
        }
        if (s.date() != null) {
            b.issued(date(s.date()));
        }
        if (s.isWebAddress()) {
            b.type(CSLType.WEBPAGE).URL(s.locator());
            if (s.publisher() != null) {
                b.publisher(s.publisher());
            }
            if (accessed != null) {
                b.accessed(new CSLDateBuilder().dateParts(accessed.getYear(), accessed.getMonthValue(),
                        accessed.getDayOfMonth()).build());
            }
        } else {
            b.type(CSLType.DOCUMENT);
            if (s.publisher() != null) {
                b.publisher(s.publisher());
            }
            if (s.locator() != null) {
                b.note(s.locator());
            }
        }
        return b.build();
    }

    /** {@code 2014}, {@code 2014-11} or {@code 2014-11-20} as CSL date parts. */
    public static int[] dateParts(String iso) {
        return Arrays.stream(iso.split("-")).mapToInt(Integer::parseInt).toArray();
    }

    private static CSLDate date(String iso) {
        return new CSLDateBuilder().dateParts(dateParts(iso)).build();
    }
}
