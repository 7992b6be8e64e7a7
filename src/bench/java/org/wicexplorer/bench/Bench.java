package org.wicexplorer.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.wicexplorer.app.LaunchMetrics;
import org.wicexplorer.bench.data.BenchData;
import org.wicexplorer.bench.jmh.LoadBenchmark;
import org.wicexplorer.bench.jmh.SearchBenchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs every benchmark of issue 8 and prints T1–T4 (docs/performance.md). Started by {@code bench/run.sh},
 * which builds the project, puts the class paths in {@code target/bench/} and gives it a display.
 *
 * <pre>java -cp TEST_CLASS_PATH org.wicexplorer.bench.Bench [--smoke] [--search]</pre>
 *
 * {@code --smoke} runs each benchmark once on tiny data with the shortest settings: it proves they work
 * (CI) and its figures mean nothing. Nothing is asserted about time either way; the summary says which
 * targets a run met.
 */
public final class Bench {
    private static final Path WORK = Path.of("target/bench");
    private static final Pattern KV = Pattern.compile("([\\w-]+)=(\\S+)");

    private final boolean smoke;
    /** {@code --edit}: T5 (an edit until search finds it) only. */
    private boolean editOnly;
    /** {@code --startup}: T1 and the bundled data's T4 only. */
    private boolean startupOnly;
    /** --frames: T2 only (the timeline's frame time), for a before/after of a timeline change. */
    private boolean framesOnly;
    /** {@code --search}: T3 and the corpus's T4 only (search work needs no display and no start-up runs). */
    private final boolean searchOnly;
    private final PrintStream out = System.out;
    private final List<String> summary = new ArrayList<>();
    private final List<String> appJvmOptions;
    private final String javaBin = ProcessHandle.current().info().command().orElse("java");
    private final String testClassPath = System.getProperty("java.class.path");

    private Bench(boolean smoke, boolean searchOnly) throws IOException {
        this.smoke = smoke;
        this.searchOnly = searchOnly;
        this.appJvmOptions = LauncherOptions.fromPom(Path.of("pom.xml"));
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = Arrays.asList(args).contains("--smoke");
        Bench bench = new Bench(smoke, Arrays.asList(args).contains("--search"));
        bench.editOnly = Arrays.asList(args).contains("--edit");
        bench.startupOnly = Arrays.asList(args).contains("--startup");
        bench.framesOnly = Arrays.asList(args).contains("--frames");
        bench.run();
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(WORK);
        out.println("== WIC Timeline Explorer benchmarks" + (smoke ? " (smoke run: tiny data, figures mean nothing)" : ""));
        out.println("   " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", load " + load());
        out.println("   app JVM options (from pom.xml, javafx-maven-plugin): " + String.join(" ", appJvmOptions));

        if (editOnly || startupOnly) {
            if (startupOnly) {
                startUp();
            } else {
                editToSearch();
            }
            out.println();
            out.println("== Summary (load at the end: " + load() + ")");
            summary.forEach(out::println);
            return;
        }
        Path data = WORK.resolve(smoke ? "data-smoke" : "data");
        int documents = smoke ? 100 : 10_000;
        double corpusMb = smoke ? 1 : 100;
        int[] eventCounts = smoke ? new int[] {1_000} : new int[] {10_000, 100_000};
        for (int n : eventCounts) {
            BenchData.events(data, n);
        }

        if (framesOnly) {
            frames(data, eventCounts);
            out.println();
            out.println("== Summary (load at the end: " + load() + ")");
            summary.forEach(out::println);
            return;
        }
        Path corpus = BenchData.corpus(data, documents, (long) (corpusMb * 1_000_000));
        if (!searchOnly) {
            startUp();
            frames(data, eventCounts);
        }
        search(corpus, documents);
        corpusMemory(corpus, documents);
        editToSearch();

        out.println();
        out.println("== Summary (load at the end: " + load() + ", " + Math.round((System.nanoTime() - started) / 1e9) + " s)");
        summary.forEach(out::println);
    }

    // ------------------------------------------------------------------------------------------- T1, T4

    private void startUp() throws Exception {
        int runs = smoke ? 1 : 7;
        section("T1 cold start to the first painted frame, and T4 peak RSS with the bundled data (" + runs
                + " runs each, alternating)");
        Path userDir = WORK.resolve("userdir");
        List<Double> app = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> appHwm = new ArrayList<>();
        List<Double> appFirstHwm = new ArrayList<>();
        List<Double> bareHwm = new ArrayList<>();
        Path launcher = Path.of("target/dist/wic-timeline-explorer/bin/wic-timeline-explorer");
        boolean packaged = Files.isExecutable(launcher);
        List<Double> installed = new ArrayList<>();
        List<Double> installedHwm = new ArrayList<>();
        List<Double> appReady = new ArrayList<>();
        List<Double> installedReady = new ArrayList<>();
        String phases = "";

        for (int i = 0; i < runs; i++) {
            deleteTree(userDir); // every run starts as a first start: default size, no remembered edition
            Map<String, String> b = child("bare window", bareWindowCommand(), "benchmark:");
            Map<String, String> a = child("app", appCommand(userDir), "benchmark:");
            bare.add(num(b, "first-frame-ms"));
            app.add(num(a, "first-frame-ms"));
            appReady.add(num(a, "ready-ms"));
            bareHwm.add(num(b, "vmhwm-kb") / 1024);
            appHwm.add(num(a, "vmhwm-kb") / 1024);
            appFirstHwm.add(num(a, "vmhwm-first-frame-kb") / 1024);
            String also = "";
            if (packaged) {
                deleteTree(userDir);
                Map<String, String> p = child("packaged launcher", List.of(launcher.toString(), "--benchmark"), "benchmark:",
                        Map.of("HOME", userDir.toAbsolutePath().toString(),
                                "XDG_DATA_HOME", userDir.resolve("data").toAbsolutePath().toString()));
                installed.add(num(p, "first-frame-ms"));
                installedHwm.add(num(p, "vmhwm-kb") / 1024);
                installedReady.add(num(p, "ready-ms"));
                also = String.format(Locale.ROOT, ", packaged launcher %.0f ms, ready %.0f ms (%.0f MB)",
                        installed.get(i), installedReady.get(i), installedHwm.get(i));
                phases = phases(p);
            } else {
                phases = phases(a);
            }
            out.printf(Locale.ROOT, "   run %d: app %.0f ms, ready %.0f ms (peak RSS %.0f MB), bare window %.0f ms (%.0f MB)%s, load %s%n",
                    i + 1, app.get(i), appReady.get(i), appHwm.get(i), bare.get(i), bareHwm.get(i), also, load());
        }
        out.println("   the last run's steps, ms since launch (" + (packaged ? "packaged launcher" : "app") + "): " + phases);
        double ratio = median(app) / median(bare);
        summary.add(String.format(Locale.ROOT,
                "T1 start-up    app %.0f ms, bare JavaFX window %.0f ms (medians of %d): %.2fx; ready at %.0f ms, %.2fx   "
                        + "target <= 1.25x: %s", median(app), median(bare), runs, ratio, median(appReady),
                median(appReady) / median(bare), met(ratio <= 1.25)));
        if (packaged) {
            double r = median(installed) / median(bare);
            summary.add(String.format(Locale.ROOT,
                    "T1 start-up    packaged launcher (%s) %.0f ms: %.2fx the bare window; peak RSS %.0f MB   target <= 2.0x: %s",
                    launcher, median(installed), r, median(installedHwm), met(r <= 2.0)));
            double ready = median(installedReady) / median(bare);
            summary.add(String.format(Locale.ROOT,
                    "T1 ready       packaged launcher: timeline, overview and sources list shown at %.0f ms: %.2fx the bare window   "
                            + "target <= 2.5x: %s", median(installedReady), ready, met(ready <= 2.5)));
        } else {
            out.println("   packaged launcher: none (mvn -Ppackage -DskipTests package first to time it too)");
        }
        double hwm = median(appHwm);
        summary.add(String.format(Locale.ROOT,
                "T4 memory      bundled data: peak RSS %.0f MB after stepping through every edition, %.0f MB at the first "
                        + "frame (medians; bare window %.0f MB)   target <= 250 MB: %s",
                hwm, median(appFirstHwm), median(bareHwm), met(hwm <= 250)));
    }

    private List<String> appCommand(Path userDir) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin));
        cmd.addAll(appJvmOptions);
        cmd.add("-Dwic.userdir=" + userDir.toAbsolutePath());
        cmd.add("-D" + LaunchMetrics.LAUNCHED_PROPERTY + "=" + nowMicros());
        cmd.addAll(List.of("--module-path", "target/classes" + File.pathSeparator + read("runtime-classpath.txt"),
                "--module", "org.wicexplorer/org.wicexplorer.app.Main", "--benchmark"));
        return cmd;
    }

    private List<String> bareWindowCommand() throws IOException {
        String javafx = Arrays.stream(read("runtime-classpath.txt").split(File.pathSeparator))
                .filter(p -> p.contains("javafx-")).reduce((x, y) -> x + File.pathSeparator + y).orElseThrow();
        // The platform's floor: the JVM's and JavaFX's defaults, nothing of the app's.
        return List.of(javaBin, "-D" + LaunchMetrics.LAUNCHED_PROPERTY + "=" + nowMicros(), "--module-path", javafx,
                "--add-modules", "javafx.controls", "-cp", "target/test-classes" + File.pathSeparator + "target/classes",
                "org.wicexplorer.bench.ui.BareWindow");
    }

    // ------------------------------------------------------------------------------------------------ T2

    private void frames(Path data, int[] eventCounts) throws Exception {
        int steps = smoke ? 5 : 200;
        section("T2 timeline frame time, layout + render per pan/zoom step (5 gestures x " + steps + " steps)");
        for (int n : eventCounts) {
            List<String> cmd = new ArrayList<>(List.of(javaBin));
            cmd.addAll(classPathOptions());
            cmd.addAll(List.of("-cp", testClassPath, "org.wicexplorer.bench.ui.TimelineFrames",
                    data.resolve("events-" + n + ".tsv").toString(), Integer.toString(steps)));
            Map<String, String> r = child("timeline " + n, cmd, "frames:");
            out.printf(Locale.ROOT, "   %,d events: layout p50 %s p95 %s ms, render p50 %s p95 %s ms, total p50 %s "
                            + "p95 %s ms (max %s), %s mark nodes pooled, prism %s, load %s%n", n, r.get("layout-p50"),
                    r.get("layout-p95"), r.get("render-p50"), r.get("render-p95"), r.get("total-p50"), r.get("total-p95"),
                    r.get("total-max"), r.get("mark-nodes"), r.get("pipeline"), load());
            StringBuilder gestures = new StringBuilder();
            for (String g : List.of("fit-all-pan", "year-pan", "year-zoom", "two-months-pan", "compressed-pan")) {
                gestures.append(String.format(Locale.ROOT, "%s %s/%s  ", g, r.get(g + "-p50"), r.get(g + "-p95")));
            }
            out.println("      per gesture, total p50/p95 ms: " + gestures.toString().strip());
            double p95 = num(r, "total-p95");
            summary.add(String.format(Locale.ROOT,
                    "T2 frame time  %,7d events: p50 %.1f ms, p95 %.1f ms (layout p95 %s, render p95 %s; prism %s)%s",
                    n, num(r, "total-p50"), p95, r.get("layout-p95"), r.get("render-p95"), r.get("pipeline"),
                    n == 10_000 ? "   target p95 <= 8 ms: " + met(p95 <= 8) : ""));
        }
    }

    // ------------------------------------------------------------------------------------------------ T3

    private void search(Path corpus, int documents) throws Exception {
        section("T3 search over the " + documents + "-document corpus (JMH, SampleTime)");
        ChainedOptionsBuilder opts = new OptionsBuilder()
                .include(SearchBenchmark.class.getName() + ".query")
                .param("corpus", corpus.toAbsolutePath().toString())
                .forks(1)
                .jvmArgsAppend(heapOptions().toArray(String[]::new))
                .timeUnit(TimeUnit.MILLISECONDS)
                .shouldFailOnError(true);
        if (smoke) {
            opts.warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(500));
        } else {
            opts.warmupIterations(3).warmupTime(TimeValue.seconds(5))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(5));
        }
        RunResult query = only(new Runner(opts.build()).run());
        Statistics q = query.getPrimaryResult().getStatistics();
        out.printf(Locale.ROOT, "   query: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms over %,d samples (%d queries in turn)%n",
                q.getPercentile(50), q.getPercentile(95), q.getPercentile(99), q.getMax(), q.getN(), BenchQueries.ALL.size());

        ChainedOptionsBuilder load = new OptionsBuilder()
                .include(LoadBenchmark.class.getName())
                .param("corpus", corpus.toAbsolutePath().toString())
                .forks(1)
                .jvmArgsAppend(heapOptions().toArray(String[]::new))
                .shouldFailOnError(true);
        if (smoke) {
            load.warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(300));
        } else {
            load.warmupIterations(2).warmupTime(TimeValue.seconds(3))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(3));
        }
        Map<String, Double> loads = new LinkedHashMap<>();
        for (RunResult r : new Runner(load.build()).run()) {
            String name = r.getParams().getBenchmark();
            loads.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        out.printf(Locale.ROOT, "   loading (JMH, average, warm): bundled seeds + dataset %.1f ms; corpus as a seed library %.0f ms%n",
                loads.getOrDefault("bundledDataset", Double.NaN), loads.getOrDefault("corpusLibrary", Double.NaN));
        summary.add(String.format(Locale.ROOT, "T3 search      p50 %.2f ms, p95 %.2f ms over %d documents   target p95 <= 5 ms: %s",
                q.getPercentile(50), q.getPercentile(95), documents, met(q.getPercentile(95) <= 5)));
        ripgrep(corpus);
    }

    private void ripgrep(Path corpus) throws Exception {
        if (!onPath("rg")) {
            out.println("   ripgrep: not installed (apt-get install ripgrep), no reference scan");
            summary.add("T3 reference   ripgrep not installed");
            return;
        }
        int repeats = smoke ? 1 : 3;
        List<Double> perQuery = new ArrayList<>();
        for (String q : BenchQueries.ALL) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder("rg", "--count-matches", "--ignore-case", "--fixed-strings", "--no-messages",
                        "--", BenchQueries.literal(q), corpus.toString()).redirectErrorStream(true).start();
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                p.waitFor();
                times.add((System.nanoTime() - t0) / 1e6);
            }
            perQuery.add(median(times));
        }
        List<Double> sorted = perQuery.stream().sorted().toList();
        double p50 = percentile(sorted, 50);
        double p95 = percentile(sorted, 95);
        out.printf(Locale.ROOT, "   ripgrep full scan of the same files (median of %d per query, then over the %d queries): "
                + "p50 %.0f ms, p95 %.0f ms%n", repeats, sorted.size(), p50, p95);
        summary.add(String.format(Locale.ROOT, "T3 reference   ripgrep full scan of the same corpus: p50 %.0f ms, p95 %.0f ms per query",
                p50, p95));
    }

    private void corpusMemory(Path corpus, int documents) throws Exception {
        section("T3 index build and size, T4 peak RSS with the corpus loaded (fresh JVM, the app's heap options)");
        List<String> cmd = new ArrayList<>(List.of(javaBin));
        cmd.addAll(classPathOptions());
        cmd.addAll(List.of("-cp", testClassPath, "org.wicexplorer.bench.memory.CorpusMemory", corpus.toString()));
        Map<String, String> r = child("corpus", cmd, "corpus-memory:");
        double hwm = num(r, "vmhwm-kb") / 1024;
        out.printf(Locale.ROOT, "   corpus read %s ms, index built in %.1f s, %.1f MB on disk, %s index documents; peak RSS %.0f MB; load %s%n",
                r.get("corpus-load-ms"), num(r, "index-build-ms") / 1000, num(r, "index-bytes") / 1e6,
                r.get("index-docs"), hwm, load());
        summary.add(String.format(Locale.ROOT, "T3 index       built in %.1f s (off the UI thread), %.1f MB on disk",
                num(r, "index-build-ms") / 1000, num(r, "index-bytes") / 1e6));
        summary.add(String.format(Locale.ROOT, "T4 memory      %d-document corpus loaded and indexed: peak RSS %.0f MB   target <= 1024 MB: %s",
                documents, hwm, met(hwm <= 1024)));
    }

    // ------------------------------------------------------------------------------------------------ T5

    /** An edit of one edition's theme until search finds it: a new index (before issue 12) against an update in place. */
    private void editToSearch() throws Exception {
        int runs = smoke ? 2 : 15;
        section("T5 edit of one theme until search finds it, bundled data (" + runs + " edits; load " + load() + ")");
        EditUpdate.Result r = EditUpdate.run(runs);
        List<Double> rebuild = r.rebuildMs().stream().sorted().toList();
        List<Double> update = r.updateMs().stream().sorted().toList();
        out.printf(Locale.ROOT, "   before, a new index: p50 %.1f ms, p95 %.1f ms, %d index documents written%n",
                percentile(rebuild, 50), percentile(rebuild, 95), r.rebuildDocuments());
        out.printf(Locale.ROOT, "   after, update in place: p50 %.2f ms, p95 %.2f ms, %d index document(s) rewritten%n",
                percentile(update, 50), percentile(update, 95), r.updateDocuments());
        summary.add(String.format(Locale.ROOT, "T5 edit->search before: new index p50 %.0f ms (%d docs); after: update p50 %.2f ms, "
                        + "p95 %.2f ms (%d doc rewritten)   target < 100 ms, only the changed fact: %s",
                percentile(rebuild, 50), r.rebuildDocuments(), percentile(update, 50), percentile(update, 95),
                r.updateDocuments(), met(percentile(update, 95) < 100 && r.updateDocuments() == 1)));

        // The same edit in the window users get: until the detail pane, the timeline and search show it.
        List<String> cmd = new ArrayList<>(List.of(javaBin));
        cmd.addAll(classPathOptions());
        cmd.addAll(List.of("-cp", testClassPath, "org.wicexplorer.bench.ui.EditInWindow", String.valueOf(runs)));
        Map<String, String> w = child("edit in the window", cmd, "edit-window:");
        out.printf(Locale.ROOT, "   in the window: views p50 %s ms, p95 %s ms; views and search p50 %s ms, p95 %s ms; "
                        + "%s index document(s) rewritten; the same window throughout: %s%n", w.get("views-p50"),
                w.get("views-p95"), w.get("search-p50"), w.get("search-p95"), w.get("rewritten"), w.get("same-window"));
        summary.add(String.format(Locale.ROOT, "T5 edit->window views p50 %s ms, p95 %s ms; until search finds it p50 %s ms, "
                        + "p95 %s ms (%s doc rewritten, same window: %s)   target < 100 ms: %s",
                w.get("views-p50"), w.get("views-p95"), w.get("search-p50"), w.get("search-p95"), w.get("rewritten"),
                w.get("same-window"), met(num(w, "search-p95") < 100 && "1".equals(w.get("rewritten"))
                        && "true".equals(w.get("same-window")))));
    }

    // ------------------------------------------------------------------------------------------- helpers

    /** The app's -X and -XX options (heap, GC), for the children that run app code off the module path. */
    private List<String> heapOptions() {
        return appJvmOptions.stream().filter(o -> o.startsWith("-X")).toList();
    }

    private List<String> classPathOptions() {
        List<String> o = new ArrayList<>(heapOptions());
        o.add("-Dfile.encoding=UTF-8");
        return o;
    }

    private Map<String, String> child(String name, List<String> command, String prefix) throws Exception {
        return child(name, command, prefix, Map.of());
    }

    private Map<String, String> child(String name, List<String> command, String prefix, Map<String, String> env)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        String found = null;
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                all.append(line).append('\n');
                if (line.startsWith(prefix)) {
                    found = line;
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || found == null) {
            throw new IllegalStateException(name + " failed (exit " + (p.isAlive() ? "none" : p.exitValue()) + "): "
                    + String.join(" ", command) + "\n" + all);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = KV.matcher(found);
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }

    /** The start-up's steps the app noted ({@code main=… toolkit-init=… … ready=…}), in the order it noted them. */
    private static String phases(Map<String, String> values) {
        List<String> steps = List.of("main", "toolkit-init", "data-loaded", "init-done", "start", "assembled", "show",
                "shown", "first-frame", "ready");
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> {
            if (steps.contains(k)) {
                b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v);
            }
        });
        return b.toString();
    }

    private static double num(Map<String, String> values, String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no " + key + " in " + values);
        }
        return Double.parseDouble(v);
    }

    private static RunResult only(Collection<RunResult> results) {
        if (results.size() != 1) {
            throw new IllegalStateException("expected one JMH result, got " + results.size());
        }
        return results.iterator().next();
    }

    static double median(List<Double> values) {
        return percentile(values.stream().sorted().toList(), 50);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private String met(boolean ok) {
        return smoke ? "not judged (smoke run)" : ok ? "met" : "MISSED";
    }

    private void section(String title) {
        out.println();
        out.println("== " + title);
    }

    private static String read(String name) throws IOException {
        return Files.readString(WORK.resolve(name), StandardCharsets.UTF_8).strip();
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
