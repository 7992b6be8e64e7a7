package org.wicexplorer.ui.detail;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.Styles;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The selected edition at a glance: its names in both languages, kind, dates and venue, and a badge
 * when sources disagree about it. The badge opens the competing claims in one click.
 */
final class EditionHeader extends VBox {
    private final ExplorerModel model;
    private final CiteContext cite;
    private final Label titleEn = new Label();
    private final Label titleZh = new Label();
    private final FlowPane meta = new FlowPane();
    /** The edition's kind, dates and venue: kept, and given new texts, so an edit styles no new nodes. */
    private final Label kind = Sections.chip("", Styles.KIND_CHIP);
    private final Label dates = Sections.chip("", "dates-chip");
    private final Label venue = Sections.chip("", "venue-chip");
    private final Button disputed = new Button();
    private final Button compare;
    private PopOver popOver;

    EditionHeader(ExplorerModel model, CiteContext cite, Runnable onCompare) {
        this.model = model;
        this.cite = cite;
        getStyleClass().add("edition-header");
        titleEn.getStyleClass().add("edition-title");
        titleZh.getStyleClass().add("edition-title-zh");
        titleEn.setWrapText(true);
        titleZh.setWrapText(true);
        meta.getStyleClass().add("edition-meta");
        meta.setAlignment(Pos.CENTER_LEFT);
        disputed.setId("disputed-badge");
        disputed.getStyleClass().add("disputed-badge");
        disputed.setOnAction(e -> showConflicts());
        Button compare = new Button(I18n.t("action.compare"));
        compare.setId("compare-button");
        compare.getStyleClass().add("header-button");
        compare.setOnAction(e -> onCompare.run());
        // Titles get whole rows so long names wrap; chips, the badge and the commands flow together and wrap
        // as whole items, so in a narrow window the badge moves to the next line instead of covering a chip.
        disputed.setMinWidth(Region.USE_PREF_SIZE);
        compare.setMinWidth(Region.USE_PREF_SIZE);
        this.compare = compare;
        meta.getStyleClass().add("edition-header-row");
        meta.setPrefWrapLength(200);
        meta.getChildren().setAll(kind, dates, venue, disputed, compare);
        getChildren().addAll(titleEn, titleZh, meta);
        model.selectedEditionProperty().addListener((obs, old, e) -> update(e));
        // Its conflicts are the library's: an edit elsewhere can add or settle one.
        model.libraryProperty().addListener((obs, old, library) -> update(model.selectedEdition()));
        update(model.selectedEdition());
    }

    private void update(Edition e) {
        if (popOver != null) {
            popOver.hide();
        }
        setVisible(e != null);
        setManaged(e != null);
        if (e == null) {
            return;
        }
        // The interface language's name first and large, the other one below (as the overview rows and slides do).
        String en = e.name().in(Language.EN);
        String zh = e.name().zh() == null ? "" : e.name().zh();
        boolean chineseFirst = I18n.language() == Language.ZH && !zh.isBlank();
        setText(titleEn, chineseFirst ? zh : en);
        setText(titleZh, chineseFirst ? en : zh);
        setText(kind, Formats.name(e.kind()));
        setText(dates, Formats.range(e.dates()));
        setText(venue, e.venue().isKnown() ? place(e.venue().in(I18n.language())) : I18n.t("field.venueUnknown"));
        List<SourceConflict> conflicts = cite.dataset().conflictsAt(e.id());
        disputed.setVisible(!conflicts.isEmpty());
        disputed.setManaged(!conflicts.isEmpty());
        String what = conflicts.stream().map(c -> Formats.name(c.subject())).distinct().collect(Collectors.joining(", "));
        setText(disputed, "⚠ " + I18n.t("badge.disputed", what));
        disputed.setAccessibleText(I18n.t("badge.disputedAccessible", what));
    }

    /** An equal text set again would still ask for a layout of the header. */
    private static void setText(Labeled label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    /** The place itself; details such as the hall stay in the overview. */
    private static String place(String venue) {
        int cut = venue.indexOf(';') >= 0 ? venue.indexOf(';') : venue.indexOf('；');
        return cut > 0 ? venue.substring(0, cut) : venue;
    }

    private void showConflicts() {
        Edition e = model.selectedEdition();
        if (e == null) {
            return;
        }
        ScrollPane scroll = new ScrollPane(new ConflictsView(cite.dataset().conflictsAt(e.id()), cite));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(620);
        // No taller than the room below the badge, so it never runs past the window's bottom edge.
        double room = 420;
        javafx.geometry.Bounds badge = disputed.localToScreen(disputed.getBoundsInLocal());
        javafx.stage.Window window = disputed.getScene() == null ? null : disputed.getScene().getWindow();
        if (badge != null && window != null) {
            room = window.getY() + window.getHeight() - badge.getMaxY() - 6 * disputed.getFont().getSize();
        }
        scroll.setPrefViewportHeight(Math.max(8 * disputed.getFont().getSize(), Math.min(420, room)));
        scroll.getStyleClass().add("conflicts-popover");
        popOver = new PopOver(scroll);
        popOver.setTitle(I18n.t("section.conflicts"));
        popOver.setHeaderAlwaysVisible(true);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_RIGHT);
        popOver.setDetachable(false);
        popOver.show(disputed);
    }
}
