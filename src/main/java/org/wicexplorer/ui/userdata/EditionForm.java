package org.wicexplorer.ui.userdata;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.userdata.ItemKind;
import org.wicexplorer.userdata.UserDataService;

/**
 * Correcting an edition's main texts in both languages: theme, venue and summary. The citations behind
 * each fact stay; changing them, or any other field, is what the JSON editor is for.
 */
final class EditionForm {
    private EditionForm() {
    }

    static void show(Window owner, UserDataService service, Edition e) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.add(new Label(I18n.t("userdata.field.english")), 1, 0);
        grid.add(new Label(I18n.t("userdata.field.chinese")), 2, 0);
        TextInputControl[] theme = row(grid, 1, I18n.t("userdata.field.theme"), "theme", e.theme());
        TextInputControl[] venue = row(grid, 2, I18n.t("userdata.field.venue"), "venue", e.venue());
        TextInputControl[] summary = row(grid, 3, I18n.t("userdata.field.summary"), "summary", e.summary());
        Label help = new Label(I18n.t("userdata.editionForm.help"));
        help.setWrapText(true);
        String title = I18n.t("userdata.editionForm.title", e.name().in(I18n.language()));
        EditDialog dialog = new EditDialog(owner, title, new VBox(8, help, grid), () -> service.put(ItemKind.EDITION,
                new Edition(e.id(), e.year(), e.ordinal(), e.kind(), e.label(), e.name(), e.dates(),
                        fact(e.venue(), venue), fact(e.theme(), theme), e.attendance(), e.sessions(),
                        fact(e.summary(), summary), e.highlights(), e.topics()),
                title));
        dialog.show();
    }

    private static TextInputControl[] row(GridPane grid, int row, String name, String field, Fact fact) {
        Label label = new Label(name);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        TextInputControl[] pair = new TextInputControl[2];
        for (int i = 0; i < 2; i++) {
            TextArea area = new TextArea(fact == null ? "" : orEmpty(i == 0 ? fact.en() : fact.zh()));
            area.setId("edition-" + field + (i == 0 ? "-en" : "-zh"));
            area.setWrapText(true);
            area.setPrefRowCount(field.equals("summary") ? 5 : 2);
            area.setPrefColumnCount(24);
            grid.add(area, i + 1, row);
            pair[i] = area;
        }
        return pair;
    }

    /** The fact with the typed texts; a fact that was unknown becomes known once it has text. */
    private static Fact fact(Fact old, TextInputControl[] pair) {
        String en = blankToNull(pair[0].getText());
        String zh = blankToNull(pair[1].getText());
        if (old == null) {
            return en == null && zh == null ? null : new Fact(en, zh, java.util.List.of(), null);
        }
        if (!old.isKnown() && en == null && zh == null) {
            return old;
        }
        return new Fact(en, zh, old.sources(), null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
