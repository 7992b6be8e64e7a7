package org.wicexplorer.ui.userdata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wicexplorer.data.Problem;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.userdata.ItemKind;
import org.wicexplorer.userdata.UserDataStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The start-up report of items left out of the user's file speaks the interface language and names each item. */
class LeftOutReportTest {
    private static final Path FILE = Path.of("user-dataset.json");
    private static final List<UserDataStore.LeftOut> LEFT_OUT = List.of(new UserDataStore.LeftOut(FILE, List.of(
            new UserDataStore.Item(new Problem("user-dataset.json", 4, 5, "note \"wic-1999\": there is no edition \"wic-1999\""),
                    "notes", "wic-1999", "there is no edition \"wic-1999\""),
            new UserDataStore.Item(new Problem("user-dataset.json", 9, 5, "…"),
                    "annotations", "a-7", "there is no source document \"imported-doc\"")),
            Path.of("user-dataset.before-repair-20261202-101500.json")));

    @AfterEach
    void backToEnglish() {
        I18n.use(Locale.ENGLISH);
    }

    @Test
    void inEnglishEachItemIsNamedWithItsPlaceAndReason() {
        I18n.use(Locale.ENGLISH);
        assertEquals(List.of(
                "user-dataset.json:4:5: note \"wic-1999\" left out: there is no edition \"wic-1999\"",
                "user-dataset.json:9:5: annotation \"a-7\" left out: there is no source document \"imported-doc\""),
                UserDataUi.leftOutLines(LEFT_OUT));
        assertEquals("Your notes and edits file user-dataset.json has 2 items that no longer fit the data, so they were "
                        + "left out and everything else was loaded. The file as it was is kept beside it as "
                        + "user-dataset.before-repair-20261202-101500.json.",
                I18n.t("userdata.startup.leftOut", FILE, 2, "user-dataset.before-repair-20261202-101500.json"));
        assertEquals(true, I18n.t("userdata.startup.leftOut", FILE, 1, "x.json").contains("has one item that no longer fit"));
    }

    @Test
    void everyKindOfItemHasANameInBothLanguages() {
        List<String> sections = new java.util.ArrayList<>(ItemKind.ALL.stream().map(ItemKind::section).toList());
        sections.addAll(List.of("notes", "annotations"));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            I18n.use(locale);
            for (String section : sections) {
                String name = UserDataUi.kindName(section);
                assertFalse(name.startsWith("‹"), locale + " has no name for " + section);
            }
        }
    }

    @Test
    void inChineseTheReportIsInChinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of(
                "user-dataset.json:4:5：已略去笔记“wic-1999”：there is no edition \"wic-1999\"",
                "user-dataset.json:9:5：已略去批注“a-7”：there is no source document \"imported-doc\""),
                UserDataUi.leftOutLines(LEFT_OUT));
    }

    @Test
    void choosingTheInterfaceLanguageAlsoWordsTheReasonsTheDataLayerGives() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        assertEquals("没有届次“wic-1999”", org.wicexplorer.data.Wording.t("user.noEdition", "wic-1999"));
        assertEquals("批注“a-7”：批注没有文字", new org.wicexplorer.userdata.Overlay.Issue("annotations", "a-7",
                org.wicexplorer.data.Wording.t("user.noText")).toString());
        I18n.use(Locale.ENGLISH);
        assertEquals("annotation \"a-7\": the annotation has no text", new org.wicexplorer.userdata.Overlay.Issue(
                "annotations", "a-7", org.wicexplorer.data.Wording.t("user.noText")).toString());
    }
}
