package org.wicexplorer.ui.present;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.cite.SourceNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The sources of one slide as footnotes. A projector has no room for one note per citation, so
 * citations from the same source share a number: the mark after a fact names the sources ({@code [1, 3]})
 * and the footnote line names each source once.
 */
final class SlideSources {
    private final Dataset dataset;
    private final SeedLibrary seeds;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    SlideSources(Dataset dataset, SeedLibrary seeds) {
        this.dataset = dataset;
        this.seeds = seeds;
    }

    /** The mark for a fact cited by these citations, e.g. "[1,3]"; empty when none resolves. */
    String mark(List<String> citationIds) {
        TreeSet<Integer> used = new TreeSet<>();
        for (String id : citationIds) {
            dataset.citation(id).ifPresent(c -> used.add(number(c)));
        }
        return used.isEmpty() ? "" : used.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    String mark(Citation citation) {
        return "[" + number(citation) + "]";
    }

    private int number(Citation c) {
        return numbers.computeIfAbsent(SourceNames.of(c, seeds), name -> numbers.size() + 1);
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** "Sources: [1] Bloomberg (2014-11-20)  [2] …", wrapping onto as many lines as it needs. */
    Node footer() {
        FlowPane line = new FlowPane();
        line.getStyleClass().add("slide-sources");
        Label head = new Label(I18n.t("present.sources"));
        head.getStyleClass().add("slide-sources-head");
        line.getChildren().add(head);
        numbers.forEach((name, n) -> {
            Label source = new Label("[" + n + "] " + name);
            source.getStyleClass().add("slide-source");
            line.getChildren().add(source);
        });
        return line;
    }
}
