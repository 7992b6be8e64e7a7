package org.wicexplorer.interchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import java.util.Set;
import java.util.regex.Pattern;
import org.wicexplorer.model.Language;

/** Small text conversions shared by the codecs: ids, languages, and the HTML that TimelineJS text may hold. */
final class Texts {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_QUOTE = 300;
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");

    private Texts() {
    }

    /** Which language a headline is in: any Han character makes it Chinese. */
    static Language languageOf(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? Language.ZH : Language.EN;
    }

    /** A Text object holding {@code text} on the side of its language. */
    static ObjectNode text(String text) {
        ObjectNode node = OurJson.TREES.createObjectNode();
        node.put(languageOf(text) == Language.ZH ? "zh" : "en", text);
        return node;
    }

    /**
     * TimelineJS headlines and texts are HTML fragments; the dataset holds plain text. jsoup parses them as
     * a browser would: every entity decoded, inline tags leave no gaps, blocks and line breaks become spaces.
     */
    static String plain(String html) {
        return html == null || html.isBlank() ? "" : read(html).text();
    }

    /** An HTML fragment's text and its web links (an {@code <a href>} to http or https), in order. */
    static Html read(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        List<Link> links = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String url = a.attr("href").strip();
            if (Privacy.isLink(url) && links.stream().noneMatch(l -> l.url().equals(url))) {
                links.add(new Link(url, SPACE.matcher(a.text()).replaceAll(" ").strip()));
            }
        }
        doc.select("br").forEach(br -> br.after(" "));
        return new Html(SPACE.matcher(doc.body().text()).replaceAll(" ").strip(), links);
    }

    /** The plain text of a TimelineJS text and the links it holds. */
    record Html(String text, List<Link> links) {
    }

    record Link(String url, String label) {
    }

    /** The fragment without the elements of {@code cssClass} (the sources line our export adds). */
    static String without(String html, String cssClass) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.select("." + cssClass).remove();
        return doc.body().html();
    }

    static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A kebab-case id from free text, unique among {@code taken} (which it joins); {@code fallback} when nothing is left. */
    static String id(String wanted, String fallback, Set<String> taken) {
        String base = wanted != null && ID.matcher(wanted).matches() ? wanted : slug(wanted);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case ASCII words joined by hyphens; empty when nothing is left (e.g. a Chinese title). */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        String slug = NOT_ID.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    static String quote(String text) {
        return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "…";
    }
}
