package org.wicexplorer.ui;

import javafx.collections.ObservableList;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The bundled font: a subset of Noto Sans CJK SC (OFL) with every character of the seeds, the dataset
 * and the UI bundles, plus the 3,755 common hanzi of GB 2312 level 1, so 中文 renders on a machine
 * with no CJK font installed. It covers Latin too, so the whole interface uses it once it has loaded;
 * JavaFX falls back to the system's fonts for any character it lacks. Made by
 * {@code packaging/fonts/make-font-subset.py}; its licence is {@code fonts/OFL.txt} beside it.
 */
public final class Fonts {
    public static final String FAMILY = "WIC Noto Sans CJK SC";
    private static volatile List<String> look = List.of();
    private static final String[] FACES = {"WICNotoSansCJKsc-Regular.ttf", "WICNotoSansCJKsc-Bold.ttf"};
    private static final URL STYLESHEET = Objects.requireNonNull(Fonts.class.getResource("fonts/fonts.css"));
    private static boolean loaded;

    private Fonts() {
    }

    /** Loads both faces once; any thread once the toolkit runs. True when both loaded. */
    public static synchronized boolean load() {
        if (!loaded) {
            boolean all = true;
            for (String face : FACES) {
                try (InputStream in = Fonts.class.getResourceAsStream("fonts/" + face)) {
                    Font font = in == null ? null : Font.loadFont(in, 13);
                    all &= font != null && FAMILY.equals(font.getFamily());
                } catch (IOException e) {
                    all = false;
                }
            }
            if (!all) {
                System.err.println("wic-explorer: the bundled font did not load; Chinese text needs a system CJK font");
            }
            loaded = all;
        }
        return loaded;
    }

    public static synchronized boolean loaded() {
        return loaded;
    }

    /**
     * Makes text under these stylesheets (a scene's, a dialog's) use the bundled family, if it loaded,
     * and the window's look (theme and text size, see {@link #useLook}), so dialogs match the window.
     */
    public static void apply(ObservableList<String> stylesheets) {
        String css = STYLESHEET.toExternalForm();
        if (loaded() && !stylesheets.contains(css)) {
            stylesheets.add(css);
        }
        for (String sheet : look) {
            if (!stylesheets.contains(sheet)) {
                stylesheets.add(sheet);
            }
        }
    }

    /** The stylesheets that give the window its look; every dialog styled by {@link #apply} takes them too. */
    public static void useLook(List<String> stylesheets) {
        look = List.copyOf(stylesheets);
    }
}
