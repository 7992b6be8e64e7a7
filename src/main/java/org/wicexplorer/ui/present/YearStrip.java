package org.wicexplorer.ui.present;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.ui.I18n;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The strip along the bottom of a slide: every edition as a dot on a line with its year, the one the
 * class is at drawn larger with a pointer and a bold year, so where we are shows without colour.
 * Read-only: a projector strip has nothing to click.
 */
final class YearStrip extends HBox {
    private static final String CURRENT = "current";
    private final Map<String, VBox> marks = new LinkedHashMap<>();

    YearStrip(Dataset dataset) {
        getStyleClass().add("year-strip");
        setAlignment(Pos.TOP_CENTER);
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.TEXT);
        for (Edition e : dataset.editions()) {
            Region line = new Region();
            line.getStyleClass().add("year-strip-line");
            line.setMaxWidth(Double.MAX_VALUE);
            Region dot = new Region();
            dot.getStyleClass().add("year-strip-dot");
            StackPane track = new StackPane(line, dot);
            track.getStyleClass().add("year-strip-track");
            Label pointer = new Label("▲");
            pointer.getStyleClass().add("year-strip-pointer");
            Label year = new Label(String.valueOf(e.year()));
            year.getStyleClass().add("year-strip-year");
            year.setMinWidth(Region.USE_PREF_SIZE);
            VBox mark = new VBox(track, pointer, year);
            mark.getStyleClass().add("year-strip-mark");
            mark.setAlignment(Pos.TOP_CENTER);
            mark.setUserData(e.id());
            HBox.setHgrow(mark, Priority.ALWAYS);
            mark.setMaxWidth(Double.MAX_VALUE);
            mark.setPrefWidth(0);
            marks.put(e.id(), mark);
            getChildren().add(mark);
        }
        show(null, "");
    }

    /** Marks the edition the class is at (none for a step that belongs to no edition). */
    void show(String editionId, String spoken) {
        marks.forEach((id, mark) -> {
            boolean now = id.equals(editionId);
            mark.getStyleClass().remove(CURRENT);
            if (now) {
                mark.getStyleClass().add(CURRENT);
            }
        });
        setAccessibleText(spoken);
    }

    String current() {
        return marks.entrySet().stream().filter(m -> m.getValue().getStyleClass().contains(CURRENT))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    static String spoken(int step, int of, Edition e) {
        return e == null ? I18n.t("present.stepOf", step, of) : I18n.t("present.stripAccessible", step, of, String.valueOf(e.year()));
    }
}
