package org.wicexplorer.ui.search;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.wicexplorer.ui.I18n;

import java.util.function.Consumer;

/**
 * The search field in the toolbar. While the index is built its prompt and a thin bar show how far it
 * has got; the field can be typed in meanwhile and the query runs once the index is ready. Typing
 * searches after a short pause; Up/Down, Enter and Esc are passed to the results panel.
 */
final class SearchField extends StackPane {
    private static final Duration TYPING_PAUSE = Duration.millis(120);

    private final TextField field = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);

    SearchField(SearchService service, Consumer<String> onQuery, PanelKeys keys) {
        getStyleClass().add("search-box");
        // The bar lies along the field's bottom edge rather than beside it: the toolbar keeps its width while
        // indexing, so nothing is pushed into its overflow menu at the default window size.
        setAlignment(Pos.CENTER_LEFT);
        StackPane.setAlignment(progress, Pos.BOTTOM_CENTER);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setMouseTransparent(true);
        field.setId("search-field");
        field.getStyleClass().add("search-field");
        field.setAccessibleText(I18n.t("search.accessible"));
        progress.setId("search-progress");
        progress.getStyleClass().add("search-progress");
        progress.setAccessibleText(I18n.t("search.indexingAccessible"));
        progress.progressProperty().bind(service.progressProperty());
        progress.visibleProperty().bind(service.readyProperty().not().and(service.failureProperty().isNull()));
        progress.managedProperty().bind(progress.visibleProperty());
        getChildren().addAll(field, progress);
        service.progressProperty().addListener((o, a, b) -> updatePrompt(service));
        service.readyProperty().addListener((o, a, b) -> updatePrompt(service));
        service.failureProperty().addListener((o, a, b) -> updatePrompt(service));
        updatePrompt(service);

        pause.setOnFinished(e -> onQuery.accept(field.getText()));
        field.textProperty().addListener((o, a, b) -> pause.playFromStart());
        field.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            boolean handled = switch (k.getCode()) {
                case DOWN -> keys.move(1);
                case UP -> keys.move(-1);
                case PAGE_DOWN -> keys.moveGroup(1);
                case PAGE_UP -> keys.moveGroup(-1);
                case ENTER -> {
                    // A query typed a moment ago may not have run yet: run it before opening.
                    if (pause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                        pause.stop();
                        onQuery.accept(field.getText());
                    }
                    yield keys.open();
                }
                case ESCAPE -> keys.close();
                default -> false;
            };
            if (handled) {
                k.consume();
            }
        });
        field.setOnMouseClicked(e -> keys.reopen());
    }

    /** Names the field in the interface language (after a change of language; the words typed stay). */
    void relabel(SearchService service) {
        field.setAccessibleText(I18n.t("search.accessible"));
        progress.setAccessibleText(I18n.t("search.indexingAccessible"));
        updatePrompt(service);
    }

    private void updatePrompt(SearchService service) {
        if (service.failureProperty().get() != null && !service.readyProperty().get()) {
            field.setPromptText(I18n.t("search.failed"));
        } else if (!service.readyProperty().get()) {
            field.setPromptText(I18n.t("search.indexing", Math.round(service.progressProperty().get() * 100)));
        } else {
            field.setPromptText(I18n.t("search.prompt"));
        }
    }

    TextField field() {
        return field;
    }

    /** Focuses the field with its text selected, ready to type over. */
    void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** What the field's keys do to the results panel; each returns true when it handled the key. */
    interface PanelKeys {
        boolean move(int delta);

        boolean moveGroup(int delta);

        boolean open();

        boolean close();

        void reopen();
    }
}
