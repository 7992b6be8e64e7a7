package org.wicexplorer.bench.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.wicexplorer.app.Explorer;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.ui.DisplayPreferences;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.Theme;
import org.wicexplorer.ui.search.SearchService;
import org.wicexplorer.userdata.ItemKind;
import org.wicexplorer.userdata.UserDataStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * T5 in the window users get (issue 12): the explorer built by its composition root, shown at 1440×900 on the
 * bundled data, with 2015 and its Themes tab shown. Each run edits the 2015 theme to new words through the user's layer, as the
 * Edit menu does, and times, on the FX thread:
 * <ul>
 *   <li><b>views</b>: from the edit until the detail pane and the timeline's mark show the new words, the
 *   window laid out (the views follow the session in the same call);</li>
 *   <li><b>search</b>: from the edit until a search for the new words finds 2015 (the index updated in place
 *   in the background, then the query).</li>
 * </ul>
 * One warm-up edit first, not counted. Prints one line: {@code edit-window: runs=… views-p50=… views-p95=…
 * search-p50=… search-p95=… rewritten=… same-window=true}.
 *
 * <pre>java ... EditInWindow [RUNS]</pre>
 */
public final class EditInWindow {
    private static final String EDITION = "wic-2015";

    private EditInWindow() {
    }

    public static void main(String[] args) {
        try {
            measure(args);
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1); // the toolkit's threads would keep the JVM alive
        }
    }

    private static void measure(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path home = Files.createTempDirectory("wic-bench-edit");
        System.setProperty("wic.userdir", home.toString());
        StartupData data = StartupData.load(null);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<Explorer> built = new AtomicReference<>();
        onFx(() -> {
            Explorer explorer = Explorer.assemble(data, new UserDataStore(home.resolve(UserDataStore.FILE_NAME)),
                    new DisplayPreferences(Theme.LIGHT, 1.0), null);
            Stage stage = new Stage();
            stage.setScene(explorer.scene());
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.show();
            explorer.window().showEdition(EDITION);
            explorer.window().show(org.wicexplorer.ui.Destination.EditionPane.of(org.wicexplorer.ui.Destination.Pane.THEMES));
            built.set(explorer);
        });
        Explorer explorer = built.get();
        SearchService search = explorer.search();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!onFxGet(() -> search.readyProperty().get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the search index was not built");
            }
            Thread.sleep(50);
        }
        MainWindow window = explorer.window();
        List<Double> views = new ArrayList<>();
        List<Double> searched = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            double[] t = edit(explorer, word(i));
            if (i > 0) {
                views.add(t[0]);
                searched.add(t[1]);
            }
        }
        boolean same = onFxGet(() -> explorer.window() == window && explorer.scene().getRoot() == window.root());
        int rewritten = onFxGet(() -> search.lastUpdate().total());
        System.out.printf(Locale.ROOT, "edit-window: runs=%d views-p50=%.2f views-p95=%.2f search-p50=%.2f "
                        + "search-p95=%.2f rewritten=%d same-window=%s%n", runs, percentile(views, 50),
                percentile(views, 95), percentile(searched, 50), percentile(searched, 95), rewritten, same);
        onFx(explorer::close);
    }

    /** One edit: milliseconds until the views show it, and until search finds it. */
    private static double[] edit(Explorer explorer, String word) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                MainWindow window = explorer.window();
                SearchService search = explorer.search();
                long revision = search.revisionProperty().get();
                Edition e = explorer.session().dataset().edition(EDITION).orElseThrow();
                String theme = "Theme after edit " + word;
                long t0 = System.nanoTime();
                explorer.userData().service().put(ItemKind.EDITION, e.id(), new Edition(e.id(), e.year(), e.ordinal(),
                        e.kind(), e.label(), e.name(), e.dates(), e.venue(), new Fact(theme, e.theme().zh(),
                        e.theme().sources(), null), e.attendance(), e.sessions(), e.summary(), e.highlights(),
                        e.topics()), "bench edit");
                window.root().applyCss();
                window.root().layout();
                if (!shows(window.detail().tabs().getSelectionModel().getSelectedItem().getContent(), theme)
                        || window.timeline().view().getItems().stream()
                        .noneMatch(item -> item.id().equals(EDITION) && item.accessibleText().contains(word))) {
                    throw new IllegalStateException("the window does not show the edit");
                }
                double views = (System.nanoTime() - t0) / 1e6;
                search.revisionProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number was, Number now) {
                        if (now.longValue() <= revision) {
                            return;
                        }
                        search.revisionProperty().removeListener(this);
                        search.searchOnce(word, results -> {
                            if (results.hits().stream().noneMatch(h -> h.id().equals(EDITION))) {
                                done.completeExceptionally(new IllegalStateException("search does not find " + word));
                            } else {
                                done.complete(new double[] {views, (System.nanoTime() - t0) / 1e6});
                            }
                        });
                    }
                });
            } catch (Exception ex) {
                done.completeExceptionally(ex);
            }
        });
        return done.get(2, TimeUnit.MINUTES);
    }

    private static boolean shows(Node node, String text) {
        if (node instanceof Labeled l && l.getText() != null && l.getText().contains(text)
                || node instanceof Text t && t.getText() != null && t.getText().contains(text)) {
            return true;
        }
        if (node instanceof ScrollPane s && s.getContent() != null && shows(s.getContent(), text)) {
            return true;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (shows(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String word(int i) {
        return "benchedit" + (char) ('a' + i % 26) + (char) ('a' + (i / 26) % 26);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }

    private static void onFx(Runnable action) throws Exception {
        onFxGet(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }
}
