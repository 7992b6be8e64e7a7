package org.wicexplorer.ui.present;

import javafx.animation.Animation;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.wicexplorer.data.PresentationSettings;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.tour.StepEditions;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.I18n;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;

/**
 * A tour being presented: which step is shown, the keys a clicker or a keyboard sends, autoplay, the
 * type scale and reduced motion. It owns the audience view; windows and the presenter view are around
 * it, so it can be driven in a test scene as well as fullscreen.
 */
public final class Presentation {
    static final double MIN_SCALE = 0.6;
    static final double MAX_SCALE = 2.0;
    static final double SCALE_STEP = 0.1;
    static final int INTERVAL_STEP = 5;

    private final Dataset dataset;
    private final SeedLibrary seeds;
    private final Tour tour;
    private final Slides slides;
    private final StepEditions stepEditions;
    private final Deck deck;
    private final JumpEntry jump = new JumpEntry();
    private final Autoplay autoplay;
    private final AudienceView audience;
    private final ElapsedClock clock;
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion");
    private final EventHandler<KeyEvent> keys = this::handle;
    private final EventHandler<MouseEvent> clicks = this::click;
    private Animation lastTransition;
    private String lastEdition;
    private Runnable onLeave = () -> { };
    private Runnable onPresenterToggle = () -> { };
    private Runnable onChange = () -> { };
    private boolean left;
    /** Set while stepping back, so the step before opens at its last screen, as the class left it. */
    private boolean enterAtEnd;

    public Presentation(Dataset dataset, SeedLibrary seeds, Tour tour, int start, PresentationSettings settings,
                        LongSupplier nanos) {
        this.dataset = dataset;
        this.seeds = seeds;
        this.tour = tour;
        this.slides = new Slides(dataset, seeds);
        this.stepEditions = new StepEditions(dataset);
        this.deck = new Deck(tour.size(), start);
        this.autoplay = new Autoplay(deck, settings.autoplaySecondsOrDefault());
        this.audience = new AudienceView(dataset);
        autoplay.setPager(audience::nextPage);
        this.clock = new ElapsedClock(nanos);
        audience.scaleProperty().set(clampScale(settings.scaleOrDefault()));
        reducedMotion.set(settings.reducedMotionOrDefault() || Motion.requestedAtStartup());
        audience.setTourTitle(tour.title().in(I18n.language()));

        deck.indexProperty().addListener((obs, old, now) -> showStep(Integer.signum(now.intValue() - old.intValue())));
        deck.blankedProperty().addListener((obs, old, now) -> {
            audience.setBlanked(now, I18n.t("present.blanked"));
            onChange.run();
        });
        jump.typedProperty().addListener((obs, old, now) ->
                audience.setJumpText(now.isEmpty() ? "" : I18n.t("present.jumpTo", now)));
        autoplay.runningProperty().addListener((obs, old, now) -> showAutoplay());
        autoplay.secondsProperty().addListener((obs, old, now) -> showAutoplay());
        showStep(0);
    }

    // ---- what the windows and the presenter view need ----

    public Parent audienceRoot() {
        return audience;
    }

    /** Sends this scene's keys and clicks to the presentation (before any control sees them). */
    public void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, clicks);
    }

    void attachKeysOnly(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }

    public void setOnLeave(Runnable action) {
        onLeave = action;
    }

    void setOnPresenterToggle(Runnable action) {
        onPresenterToggle = action;
    }

    /** Called after every change the presenter view shows: step, blank, autoplay. */
    void setOnChange(Runnable action) {
        onChange = action;
    }

    public Tour tour() {
        return tour;
    }

    public int index() {
        return deck.index();
    }

    /** The step on screen (0-based), as it changes. */
    public javafx.beans.property.ReadOnlyIntegerProperty indexProperty() {
        return deck.indexProperty();
    }

    public int size() {
        return deck.size();
    }

    public boolean isBlanked() {
        return deck.isBlanked();
    }

    public boolean isAutoplaying() {
        return autoplay.isRunning();
    }

    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    public double scale() {
        return audience.scaleProperty().get();
    }

    public int autoplaySeconds() {
        return autoplay.secondsProperty().get();
    }

    /** The edition most recently on screen, where the explorer should be when the class leaves. */
    public Optional<String> lastEdition() {
        return Optional.ofNullable(lastEdition);
    }

    /** The transition of the last step change; null when the slide changed without one. */
    public Animation lastTransition() {
        return lastTransition;
    }

    /** Lets tests run autoplay without waiting whole seconds. */
    public void setAutoplayInterval(Duration interval) {
        autoplay.setExactInterval(interval);
    }

    boolean hasTypedNumber() {
        return jump.isPending();
    }

    boolean autoplayTimerActive() {
        return autoplay.timerActive();
    }

    ElapsedClock clock() {
        return clock;
    }

    Slides slides() {
        return slides;
    }

    Optional<TourStep> step(int index) {
        return index >= 0 && index < tour.size() ? Optional.of(tour.step(index)) : Optional.empty();
    }

    AudienceView audience() {
        return audience;
    }

    // ---- actions, each also reachable from a key ----

    /** The next screen of a slide that continues (larger type on a full slide), else the next step. */
    public void next() {
        act(() -> audience.nextPage() || deck.next());
    }

    /** The screen before, else the previous step, at its last screen. */
    public void previous() {
        act(() -> {
            if (audience.previousPage()) {
                return true;
            }
            enterAtEnd = true;
            try {
                return deck.previous();
            } finally {
                enterAtEnd = false;
            }
        });
    }

    public void toggleBlank() {
        deck.blankedProperty().set(!deck.isBlanked());
    }

    public void toggleAutoplay() {
        autoplay.toggle();
        if (!autoplay.isRunning() && !deck.hasNext()) {
            audience.showNotice(I18n.t("present.autoplayAtEnd"));
        }
    }

    public void leave() {
        if (left) {
            return;
        }
        left = true;
        autoplay.stop();
        onLeave.run();
    }

    public boolean hasLeft() {
        return left;
    }

    void togglePresenter() {
        onPresenterToggle.run();
    }

    private void act(java.util.function.BooleanSupplier move) {
        if (deck.isBlanked()) {
            deck.blankedProperty().set(false);
            return;
        }
        move.getAsBoolean();
    }

    /** The whole keyboard of presentation mode; see {@link KeyHelp} for the same list as the class sees it. */
    void handle(KeyEvent e) {
        KeyCode code = e.getCode();
        // Modifiers alone, and keys the toolkit cannot name (some clickers' laser buttons), are not a
        // request to do anything, so they do not even pause autoplay.
        if (code.isModifierKey() || code == KeyCode.UNDEFINED && e.getText().isEmpty()) {
            return;
        }
        if (e.isShortcutDown()) {
            if (scaleKey(code)) {
                e.consume();
            }
            return;
        }
        switch (code) {
            case A -> toggleAutoplay();
            case OPEN_BRACKET -> adjustInterval(-INTERVAL_STEP);
            case CLOSE_BRACKET -> adjustInterval(INTERVAL_STEP);
            case F5 -> { } // already presenting; clickers send it to start
            default -> {
                pauseAutoplay();
                if (!navigate(e)) {
                    return;
                }
            }
        }
        e.consume();
    }

    private boolean navigate(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code.isDigitKey()) {
            jump.append(digit(code));
            return true;
        }
        switch (code) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, N -> next();
            case LEFT, UP, PAGE_UP -> previous();
            case HOME -> act(deck::first);
            case END -> act(deck::last);
            case ENTER -> {
                if (jump.isPending()) {
                    jumpToTyped();
                } else {
                    next();
                }
            }
            case BACK_SPACE -> {
                if (jump.isPending()) {
                    jump.backspace();
                } else {
                    previous();
                }
            }
            case B, PERIOD -> toggleBlank();
            case P -> togglePresenter();
            case M -> toggleMotion();
            case H, F1 -> audience.setHelpShown(!audience.isHelpShown());
            case ESCAPE -> {
                if (jump.isPending()) {
                    jump.clear();
                } else if (audience.isHelpShown()) {
                    audience.setHelpShown(false);
                } else {
                    leave();
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void click(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof javafx.scene.Node n
                && n.getScene() != null && n.getScene().getRoot() == audience) {
            pauseAutoplay();
            next();
        }
    }

    private void jumpToTyped() {
        OptionalInt typed = jump.take();
        if (typed.isEmpty()) {
            return;
        }
        int n = typed.getAsInt();
        if (n < 1 || n > deck.size()) {
            audience.showNotice(I18n.t("present.noSuchStep", n, deck.size()));
            return;
        }
        // A typed number is an explicit choice: it shows the screen again and goes there at once.
        deck.blankedProperty().set(false);
        deck.goTo(n - 1);
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.digit(name.charAt(name.length() - 1), 10);
    }

    private void pauseAutoplay() {
        if (autoplay.isRunning()) {
            autoplay.stop();
            audience.showNotice(I18n.t("present.autoplayPaused"));
        }
    }

    private void adjustInterval(int by) {
        autoplay.adjust(by);
        audience.showNotice(I18n.t("present.interval", autoplay.secondsProperty().get()));
    }

    private boolean scaleKey(KeyCode code) {
        double now = audience.scaleProperty().get();
        switch (code) {
            case PLUS, EQUALS, ADD -> setScale(now + SCALE_STEP);
            case MINUS, SUBTRACT -> setScale(now - SCALE_STEP);
            case DIGIT0, NUMPAD0 -> setScale(1);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Sets the type scale and says what it did. Larger type is really larger: a slide that no longer
     * fits continues on a next screen (the next key shows it), and the notice says so.
     */
    public void setScale(double value) {
        audience.scaleProperty().set(clampScale(value));
        long percent = Math.round(audience.scaleProperty().get() * 100);
        if (audience.getScene() != null) {
            audience.layoutNow();
        }
        audience.showNotice(I18n.t(audience.pages() > 1 ? "present.scaleContinues" : "present.scale", percent));
    }

    /** The size one em of slide text has on the screen now, in pixels, after the fit. */
    double renderedFontSize() {
        return audience.renderedFontSize();
    }

    private static double clampScale(double value) {
        return Math.round(Math.max(MIN_SCALE, Math.min(MAX_SCALE, value)) * 10) / 10.0;
    }

    private void toggleMotion() {
        reducedMotion.set(!reducedMotion.get());
        audience.showNotice(I18n.t(reducedMotion.get() ? "present.motionReduced" : "present.motionOn"));
    }

    private void showAutoplay() {
        audience.setAutoplayText(autoplay.isRunning()
                ? I18n.t("present.autoplayOn", autoplay.secondsProperty().get()) : "");
        onChange.run();
    }

    private void showStep(int direction) {
        int i = deck.index();
        Optional<TourStep> step = step(i);
        javafx.scene.Node slide = step.map(slides::build)
                .orElseGet(() -> Slides.message(I18n.t("present.emptyTour")));
        lastTransition = audience.show(slide, direction, reducedMotion.get());
        if (enterAtEnd && audience.getScene() != null) {
            audience.lastPage();
        }
        Optional<String> edition = step.flatMap(this::editionOf);
        edition.ifPresent(id -> lastEdition = id);
        Edition e = edition.flatMap(dataset::edition).orElse(null);
        audience.strip().show(edition.orElse(null), YearStrip.spoken(i + 1, deck.size(), e));
        audience.setCounter(deck.size() == 0 ? "" : (i + 1) + " / " + deck.size(),
                I18n.t("present.stepOf", i + 1, deck.size()));
        onChange.run();
    }

    Optional<String> editionOf(TourStep step) {
        List<String> documentEditions = seeds.document(step.target()).map(SourceDocument::editions).orElse(List.of());
        return stepEditions.editionOf(step, documentEditions);
    }

    /** For the presenter view and the explorer: a step's one-line title. */
    String title(TourStep step) {
        return slides.title(step);
    }
}
