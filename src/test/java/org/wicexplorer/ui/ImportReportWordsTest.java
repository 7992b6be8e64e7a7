package org.wicexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.wicexplorer.interchange.ImportReport;

/** The import report words every kind of entry and every reason to skip in both languages. */
class ImportReportWordsTest {

    @Test
    void everyKindAndReasonHasItsWords() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.wicexplorer.ui.messages", locale);
            for (ImportReport.Reason reason : ImportReport.Reason.values()) {
                String key = "data.skip." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
                assertTrue(bundle.containsKey(key), key);
            }
            for (String kind : List.of("file", "document", "event", "topic", "edition", "person", "appearance",
                    "controversy", "conference-document", "milestone", "era", "conflict", "alias-group", "citation")) {
                assertTrue(bundle.containsKey("data.kind." + kind), kind);
            }
        }
    }
}
