package org.wicexplorer.ui.present;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.I18n;

import java.util.Optional;

/**
 * The teacher's screen: the step on the projector and the one after it, the notes for this step, and
 * the time since the presentation started. Its buttons do what the keys do; the keys work here too.
 */
final class PresenterView extends BorderPane {
    private final Presentation presentation;
    private final Label position = new Label();
    private final Label state = new Label();
    private final Label elapsed = new Label();
    private final Label oneScreen = new Label(I18n.t("presenter.oneScreen"));
    private final SlideFit now = new SlideFit();
    private final SlideFit next = new SlideFit();
    private final Label nowTitle = new Label();
    private final Label nextTitle = new Label();
    private final Label notes = new Label();
    private final Timeline ticker;

    PresenterView(Presentation presentation) {
        this.presentation = presentation;
        getStyleClass().add("presenter-view");
        setId("presenter-view");

        position.getStyleClass().add("presenter-position");
        position.setId("presenter-position");
        state.getStyleClass().add("presenter-state");
        state.setId("presenter-state");
        elapsed.getStyleClass().add("presenter-elapsed");
        elapsed.setId("presenter-elapsed");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label elapsedName = new Label(I18n.t("presenter.elapsed"));
        elapsedName.getStyleClass().add("presenter-elapsed-name");
        oneScreen.setId("presenter-one-screen");
        oneScreen.getStyleClass().add("presenter-one-screen");
        oneScreen.setWrapText(true);
        oneScreen.setVisible(false);
        oneScreen.managedProperty().bind(oneScreen.visibleProperty());
        HBox top = new HBox(position, state, spacer, elapsedName, elapsed);
        top.getStyleClass().add("presenter-top");
        top.setAlignment(Pos.BASELINE_LEFT);
        setTop(top);

        nowTitle.setId("presenter-now-title");
        nextTitle.setId("presenter-next-title");
        notes.setId("presenter-notes");
        notes.getStyleClass().add("presenter-notes");
        notes.setWrapText(true);
        ScrollPane notesScroll = new ScrollPane(notes);
        notesScroll.setFitToWidth(true);
        notesScroll.getStyleClass().add("presenter-notes-scroll");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("presenter-grid");
        grid.add(card(I18n.t("presenter.now"), now, nowTitle), 0, 0);
        grid.add(card(I18n.t("presenter.next"), next, nextTitle), 1, 0);
        Label notesHead = new Label(I18n.t("presenter.notes"));
        notesHead.getStyleClass().add("presenter-heading");
        VBox notesBox = new VBox(notesHead, notesScroll);
        notesBox.getStyleClass().add("presenter-notes-box");
        VBox.setVgrow(notesScroll, Priority.ALWAYS);
        grid.add(notesBox, 0, 1, 2, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        RowConstraints previews = new RowConstraints();
        previews.setPercentHeight(55);
        RowConstraints rest = new RowConstraints();
        rest.setPercentHeight(45);
        grid.getRowConstraints().addAll(previews, rest);
        setCenter(grid);

        HBox buttons = new HBox(
                button("presenter-previous", "presenter.previous", presentation::previous),
                button("presenter-next", "presenter.nextStep", presentation::next),
                button("presenter-blank", "presenter.blank", presentation::toggleBlank),
                button("presenter-autoplay", "presenter.autoplay", presentation::toggleAutoplay),
                button("presenter-leave", "presenter.leave", presentation::leave), oneScreen);
        buttons.getStyleClass().add("presenter-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(oneScreen, Priority.ALWAYS);
        oneScreen.setMaxWidth(Double.MAX_VALUE);
        oneScreen.setMinHeight(Region.USE_PREF_SIZE);
        setBottom(buttons);

        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> showElapsed()));
        ticker.setCycleCount(Animation.INDEFINITE);
        refresh();
    }

    private VBox card(String heading, SlideFit preview, Label title) {
        Label head = new Label(heading);
        head.getStyleClass().add("presenter-heading");
        preview.getStyleClass().add("presenter-preview");
        title.getStyleClass().add("presenter-step-title");
        title.setWrapText(true);
        VBox card = new VBox(head, preview, title);
        card.getStyleClass().add("presenter-card");
        VBox.setVgrow(preview, Priority.ALWAYS);
        return card;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setAccessibleText(I18n.t(key + "Accessible"));
        b.setTooltip(new Tooltip(I18n.t(key + "Accessible")));
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * With one screen the presenter view opens over the slides, and a mirrored projector shows it to
     * the class: the view says so, and how to close it.
     */
    void setOneScreen(boolean one) {
        oneScreen.setVisible(one);
    }

    /** Shows the presentation's state as it is now. */
    void refresh() {
        int i = presentation.index();
        position.setText(presentation.size() == 0 ? I18n.t("present.emptyTour")
                : I18n.t("presenter.position", i + 1, presentation.size(),
                presentation.tour().title().in(I18n.language())));
        state.setText(presentation.isBlanked() ? I18n.t("presenter.blanked")
                : presentation.isAutoplaying() ? I18n.t("present.autoplayOn", presentation.autoplaySeconds()) : "");
        Optional<TourStep> current = presentation.step(i);
        Optional<TourStep> following = presentation.step(i + 1);
        now.setSlide(current.map(presentation.slides()::build).orElse(null));
        nowTitle.setText(current.map(presentation::title).orElse(""));
        next.setSlide(following.map(presentation.slides()::build)
                .orElseGet(() -> Slides.message(I18n.t("presenter.end"))));
        nextTitle.setText(following.map(presentation::title).orElse(I18n.t("presenter.end")));
        String text = current.map(s -> s.notes().in(I18n.language())).orElse("");
        notes.setText(text.isBlank() ? I18n.t("presenter.noNotes") : text);
        showElapsed();
    }

    void showElapsed() {
        elapsed.setText(ElapsedClock.format(presentation.clock().elapsed()));
    }

    void start() {
        ticker.play();
    }

    void stop() {
        ticker.stop();
    }
}
