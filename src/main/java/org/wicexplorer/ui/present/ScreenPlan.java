package org.wicexplorer.ui.present;

import javafx.geometry.Rectangle2D;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Which screen shows what during a presentation. The teacher's laptop is the screen the explorer window
 * is on, so the presenter view goes there and the audience gets another screen, the projector. With
 * one screen the audience window has it, and the presenter view is a normal window opened on request.
 * Kept free of {@code Screen} so the two-screen rule is testable on a machine with one screen.
 *
 * @param audience  index of the screen the fullscreen audience window takes
 * @param presenter index of the screen the presenter view fills; empty with one screen
 */
record ScreenPlan(int audience, OptionalInt presenter) {

    /**
     * @param screens  the screens' bounds
     * @param primary  index of the primary screen
     * @param explorer the explorer window's bounds, or null when it is not on screen
     */
    static ScreenPlan of(List<Rectangle2D> screens, int primary, Rectangle2D explorer) {
        if (screens.size() < 2) {
            return new ScreenPlan(0, OptionalInt.empty());
        }
        int laptop = explorer == null ? primary : IntStream.range(0, screens.size())
                .filter(i -> overlap(screens.get(i), explorer) > 0)
                .boxed().max(Comparator.comparingDouble(i -> overlap(screens.get(i), explorer)))
                .orElse(primary);
        // Among the other screens, the largest is the likeliest projector or classroom display.
        int projector = IntStream.range(0, screens.size()).filter(i -> i != laptop).boxed()
                .max(Comparator.comparingDouble(i -> area(screens.get(i)))).orElseThrow();
        return new ScreenPlan(projector, OptionalInt.of(laptop));
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }
}
