package org.wicexplorer.ui.cite;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Language;
import org.wicexplorer.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A fact as readers need it: the English and the Chinese side by side (the interface language first),
 * followed by its citation markers. An unknown value says so, with the reason.
 */
public final class FactView extends VBox {
    public static final String STYLE_CLASS = "fact";

    private FactView() {
        getStyleClass().add(STYLE_CLASS);
    }

    public static FactView of(Fact fact, CiteContext context) {
        if (fact == null || !fact.isKnown()) {
            FactView view = new FactView();
            Text unknown = new Text(I18n.t("fact.unknown", fact == null ? "" : fact.unknown()));
            unknown.getStyleClass().add("fact-unknown");
            view.getChildren().add(new TextFlow(unknown));
            return view;
        }
        return of(fact.en(), fact.zh(), fact.sources(), context);
    }

    public static FactView of(org.wicexplorer.model.Text text, List<String> sources, CiteContext context) {
        return of(text == null ? null : text.en(), text == null ? null : text.zh(), sources, context);
    }

    public static FactView of(String en, String zh, List<String> sources, CiteContext context) {
        FactView view = new FactView();
        List<TextFlow> lines = new ArrayList<>();
        boolean zhFirst = I18n.language() == Language.ZH;
        addLine(lines, zhFirst ? zh : en, zhFirst ? "fact-zh" : "fact-en");
        addLine(lines, zhFirst ? en : zh, zhFirst ? "fact-en" : "fact-zh");
        if (lines.isEmpty()) {
            lines.add(new TextFlow());
        }
        TextFlow last = lines.get(lines.size() - 1);
        for (Node marker : markers(sources, context)) {
            last.getChildren().add(new Text(" "));
            last.getChildren().add(marker);
        }
        view.getChildren().addAll(lines);
        return view;
    }

    public static List<Node> markers(List<String> sources, CiteContext context) {
        List<Node> out = new ArrayList<>();
        for (String id : sources) {
            Optional<Citation> citation = context.dataset().citation(id);
            citation.ifPresent(c -> out.add(new CitationMarker(c, context)));
        }
        return out;
    }

    private static void addLine(List<TextFlow> lines, String text, String styleClass) {
        if (text == null || text.isBlank()) {
            return;
        }
        Text node = new Text(text);
        node.getStyleClass().add(styleClass);
        TextFlow flow = new TextFlow(node);
        flow.getStyleClass().add(styleClass + "-line");
        lines.add(flow);
    }
}
