package org.wicexplorer.bench;

import java.util.List;
import java.util.Locale;

/**
 * The T3 query mix: single English terms from frequent to rare, phrases, Chinese terms from one character
 * pair to a whole slogan, and mixed-script queries. Each is typed as a reader would type it into the app's
 * search; {@link #literal} is the string ripgrep looks for in the same corpus.
 */
public final class BenchQueries {
    public static final List<String> ALL = List.of(
            // single English terms, frequent to rare
            "internet", "conference", "governance", "sovereignty", "wuzhen", "cooperation", "cybercrime",
            "facebook", "infrastructure", "entrepreneurs",
            // phrases and several words (all must match)
            "\"digital economy\"", "\"cyberspace sovereignty\"", "\"shared future\"", "\"Wuzhen Summit\"",
            "internet governance", "international cooperation development",
            // Chinese terms
            "网络", "互联网", "乌镇", "发展", "合作", "数字经济", "互联网治理", "乌镇峰会", "世界互联网大会",
            "网络空间命运共同体",
            // mixed scripts
            "wuzhen 乌镇", "digital 数字经济");

    private BenchQueries() {
    }

    /** What a plain text scan looks for: the query without quotes (a phrase stays a phrase). */
    public static String literal(String query) {
        return query.replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
