package org.wicexplorer.ui.detail;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.wicexplorer.ui.cite.CitationMarker;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shows a page built afresh through the nodes already on screen, when the two have the same shape: after an
 * edit of the shown edition, or a move to an edition whose page has as many items, the texts, citation
 * markers and actions of the new page are set on the shown nodes instead of the new nodes replacing them.
 * New nodes need CSS and a layout of their own, which was about half of an edit's time in the window
 * (docs/performance.md, T5 in the window); a changed text only needs a layout.
 * <p>
 * Two pages have the same shape when every node is of the same class, with the same id, style classes,
 * inline style, visibility and layout constraints, and every pane has as many children, pairwise of the
 * same shape. Settings that CSS may also make (padding, sizes, wrapping) are not compared: the shown node
 * has had CSS applied and the built one not, and the pages' builders set them the same way for a node of
 * the same class and style classes. Only the kinds of node the detail pages are made of are known: panes (text
 * flows among them), texts, labels, buttons, links and citation markers. Any other node, a scroll pane say,
 * makes the pages differ, so the caller shows the new page as built.
 */
final class InPlace {
    private InPlace() {
    }

    /**
     * Makes {@code shown} show what {@code built} shows and returns true, when they have the same shape;
     * otherwise changes nothing and returns false. {@code built} is not on screen and is dropped after.
     */
    static boolean adopt(Node shown, Node built) {
        if (shown == null || built == null || !sameShape(shown, built)) {
            return false;
        }
        copy(shown, built);
        return true;
    }

    static boolean sameShape(Node a, Node b) {
        if (a.getClass() != b.getClass() || !known(a)
                || !Objects.equals(a.getId(), b.getId())
                // A marker shows a seed or a web source by a style class of its own, which adopt sets.
                || !(a instanceof CitationMarker) && !a.getStyleClass().equals(b.getStyleClass())
                || !Objects.equals(a.getStyle(), b.getStyle())
                || a.isVisible() != b.isVisible() || a.isManaged() != b.isManaged()
                || !constraints(a.getProperties()).equals(constraints(b.getProperties()))) {
            return false;
        }
        if (a instanceof Labeled la && b instanceof Labeled lb && ((la.getGraphic() == null) != (lb.getGraphic() == null)
                || la.getGraphic() != null && !sameShape(la.getGraphic(), lb.getGraphic()))) {
            return false;
        }
        if (a instanceof Pane pa && b instanceof Pane pb) {
            List<Node> ca = pa.getChildren();
            List<Node> cb = pb.getChildren();
            if (ca.size() != cb.size()) {
                return false;
            }
            for (int i = 0; i < ca.size(); i++) {
                if (!sameShape(ca.get(i), cb.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The nodes a detail page is made of; a control's own parts (its skin) are not compared. */
    private static boolean known(Node n) {
        Class<?> c = n.getClass();
        return n instanceof Pane || c == Region.class || n instanceof Text || c == Label.class || c == Button.class
                || c == Hyperlink.class || c == CitationMarker.class;
    }

    /**
     * The layout constraints a pane keeps in its children's properties (grid cells, grow, margins); other
     * entries, such as an installed tooltip or the user data (kept there under keys of their own), are not part
     * of the shape.
     */
    private static Map<Object, Object> constraints(Map<Object, Object> properties) {
        if (properties.isEmpty()) {
            return Map.of();
        }
        Map<Object, Object> out = new java.util.HashMap<>();
        properties.forEach((k, v) -> {
            if (k instanceof String && (v instanceof Number || v instanceof Enum<?> || v instanceof Insets || v instanceof Boolean
                    || v instanceof String)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void copy(Node a, Node b) {
        a.setUserData(b.getUserData());
        if (!Objects.equals(a.getAccessibleText(), b.getAccessibleText())) {
            a.setAccessibleText(b.getAccessibleText());
        }
        if (a instanceof CitationMarker ma) {
            ma.adopt((CitationMarker) b);
        } else if (a instanceof Labeled la) {
            Labeled lb = (Labeled) b;
            if (!Objects.equals(la.getText(), lb.getText())) {
                la.setText(lb.getText()); // an equal text set again would still ask for a layout
            }
            tooltip(la, lb.getTooltip());
            if (la instanceof ButtonBase ba) {
                ba.setOnAction(((ButtonBase) b).getOnAction());
            }
            if (la.getGraphic() != null) {
                copy(la.getGraphic(), lb.getGraphic());
            }
        } else if (a instanceof Text ta) {
            String text = ((Text) b).getText();
            if (!Objects.equals(ta.getText(), text)) {
                ta.setText(text);
            }
        }
        if (a instanceof Pane pa) {
            List<Node> ca = pa.getChildren();
            List<Node> cb = ((Pane) b).getChildren();
            for (int i = 0; i < ca.size(); i++) {
                copy(ca.get(i), cb.get(i));
            }
        }
    }

    private static void tooltip(Labeled shown, Tooltip built) {
        Tooltip tip = shown.getTooltip();
        if (built == null) {
            if (tip != null) {
                shown.setTooltip(null);
            }
        } else if (tip == null) {
            shown.setTooltip(built);
        } else {
            tip.setText(built.getText());
        }
    }
}
