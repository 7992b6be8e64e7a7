package org.wicexplorer.ui.timeline;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text widths by font, cached: the same few hundred strings are measured on every frame while panning, and a
 * text layout per string per frame would dominate the frame time.
 */
final class TextMeasurer {

    private static final int MAX_STRINGS_PER_FONT = 50_000;

    private final Text probe = new Text();
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();

    double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Map<String, Double> cache = widths.computeIfAbsent(font, f -> new HashMap<>());
        Double cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > MAX_STRINGS_PER_FONT) {
            cache.clear();
        }
        probe.setFont(font);
        probe.setText(text);
        double w = probe.getLayoutBounds().getWidth();
        cache.put(text, w);
        return w;
    }

    double height(Font font) {
        probe.setFont(font);
        probe.setText("Ag");
        return probe.getLayoutBounds().getHeight();
    }

    /** The text, cut and ended with an ellipsis if need be, so that it fits {@code maxWidth}; "" if nothing fits. */
    String fit(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid).strip() + "…", font) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo).strip() + "…";
    }
}
