package org.wicexplorer.interchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.wicexplorer.model.Language;

/** Small text conversions shared by the codecs: ids, languages, and the HTML that TimelineJS text may hold. */
final class Texts {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_QUOTE = 300;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
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
     * TimelineJS headlines and texts are HTML fragments; the dataset holds plain text. Tags are dropped and
     * the five predefined entities decoded; this reads simple rich text, it does not render HTML.
     */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(html).replaceAll(" ");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
        return SPACE.matcher(text).replaceAll(" ").strip();
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
