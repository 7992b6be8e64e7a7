package org.wicexplorer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.wicexplorer.model.AliasGroup;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Person;
import org.wicexplorer.model.Text;
import org.wicexplorer.model.Topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes a query for one name of a thing also find its other names: "Wuzhen" also finds 乌镇 and 烏鎮,
 * 网络主权 also finds "cyber sovereignty". Alias groups come from the dataset's {@code aliases}, each
 * person's names and aliases, and each topic's labels. Terms are compared as the index sees them
 * (analysed: case, stems, Traditional/Simplified folded), so "Cyber Sovereignty" and 網絡主權 match too.
 * Thread-safe: immutable after construction.
 */
public final class AliasExpander {
    private final Analyzer analyzer;
    /** Analysed term → its group: one display form per distinct analysed term. */
    private final Map<String, List<Form>> groups;
    /** First token → the analysed terms starting with it, longest first. */
    private final Map<String, List<List<String>>> byFirstToken = new HashMap<>();

    /** A name as written, and as the index sees it (its tokens joined by spaces). */
    private record Form(String text, String key) {
    }

    AliasExpander(Collection<? extends Collection<String>> aliasGroups, Analyzer analyzer) {
        this.analyzer = analyzer;
        this.groups = merge(aliasGroups);
        for (String key : groups.keySet()) {
            List<String> tokens = List.of(key.split(" "));
            byFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens);
        }
        byFirstToken.values().forEach(list -> list.sort((a, b) -> b.size() - a.size()));
    }

    /** The alias groups a dataset defines, directly and through people's names and topics' labels. */
    public static AliasExpander of(Dataset dataset) {
        List<List<String>> groups = new ArrayList<>();
        if (dataset != null) {
            dataset.aliases().stream().map(AliasGroup::terms).forEach(groups::add);
            for (Person p : dataset.people()) {
                groups.add(Stream.concat(forms(p.name()).stream(), p.aliases().stream()).toList());
            }
            dataset.topics().stream().map(Topic::label).map(AliasExpander::forms).forEach(groups::add);
        }
        return new AliasExpander(groups, SearchAnalyzers.bigramsAndStems());
    }

    private static List<String> forms(Text text) {
        return text == null ? List.of() : Stream.of(text.en(), text.zh()).filter(s -> s != null && !s.isBlank()).toList();
    }

    /** A query rewritten for the query parser, and the other names it now also looks for. */
    public record Expansion(String query, List<String> alsoSearched) {
        public Expansion {
            alsoSearched = List.copyOf(alsoSearched);
        }
    }

    /**
     * Rewrites a query so that every alias in it also matches its other names. Outside quotes the alias
     * becomes {@code ((alias) OR "other" OR …)}; inside quotes the whole phrase gets variants.
     */
    public Expansion expand(String query) {
        List<Match> matches = find(query);
        if (matches.isEmpty()) {
            return new Expansion(query, List.of());
        }
        List<int[]> quotes = quotedRegions(query);
        StringBuilder out = new StringBuilder();
        List<String> also = new ArrayList<>();
        int at = 0;
        for (Match m : matches) {
            int[] quote = quotes.stream().filter(q -> q[0] < m.start && m.end <= q[1]).findFirst().orElse(null);
            int from = quote == null ? m.start : quote[0];
            int to = quote == null ? m.end : quote[1] + 1;
            if (from < at) {
                continue; // a second alias inside a phrase that already has variants
            }
            out.append(query, at, from);
            boolean spaceBefore = from > 0 && " \t+-:(!".indexOf(query.charAt(from - 1)) < 0;
            out.append(spaceBefore ? " ((" : "((");
            if (quote == null) {
                out.append(query, m.start, m.end).append(')');
                m.others.forEach(o -> out.append(" OR \"").append(escape(o)).append('"'));
            } else {
                out.append(query, quote[0], quote[1] + 1).append(')');
                String phrase = query.substring(quote[0] + 1, quote[1]);
                int s = m.start - quote[0] - 1;
                int e = m.end - quote[0] - 1;
                m.others.forEach(o -> out.append(" OR \"")
                        .append(phrase, 0, s).append(escape(o)).append(phrase, e, phrase.length()).append('"'));
            }
            out.append(')');
            at = to;
            if (at < query.length() && !Character.isWhitespace(query.charAt(at)) && query.charAt(at) != ')') {
                out.append(' ');
            }
            also.addAll(m.others);
        }
        out.append(query, at, query.length());
        return new Expansion(out.toString(), also);
    }

    /** An alias found in a query: where it stands and the group's other names. */
    private record Match(int start, int end, List<String> others) {
    }

    private List<Match> find(String query) {
        List<Token> tokens = tokens(query);
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<String> term = longestTermAt(tokens, i);
            if (term == null) {
                i++;
                continue;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + term.size() - 1);
            String key = String.join(" ", term);
            List<String> others = groups.get(key).stream().filter(f -> !key.equals(f.key)).map(Form::text).toList();
            if (!others.isEmpty()) {
                matches.add(new Match(first.start, last.end, others));
            }
            int end = last.end;
            i += term.size();
            // Chinese bigrams overlap: skip the ones that started inside the alias.
            while (i < tokens.size() && tokens.get(i).start < end) {
                i++;
            }
        }
        return matches;
    }

    private List<String> longestTermAt(List<Token> tokens, int i) {
        for (List<String> term : byFirstToken.getOrDefault(tokens.get(i).term, List.of())) {
            if (i + term.size() <= tokens.size() && matchesAt(tokens, i, term)) {
                return term;
            }
        }
        return null;
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> term) {
        for (int k = 0; k < term.size(); k++) {
            if (!tokens.get(i + k).term.equals(term.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Groups that share a term, however spelt, become one group; forms keep their first-seen order. */
    private Map<String, List<Form>> merge(Collection<? extends Collection<String>> aliasGroups) {
        Map<String, List<Form>> byKey = new HashMap<>();
        for (Collection<String> group : aliasGroups) {
            Map<String, Form> merged = new LinkedHashMap<>();
            for (String term : group) {
                String key = term == null ? "" : analysedKey(term);
                if (key.isEmpty()) {
                    continue;
                }
                byKey.getOrDefault(key, List.of()).forEach(f -> merged.putIfAbsent(f.key, f));
                merged.putIfAbsent(key, new Form(term, key));
            }
            if (merged.size() < 2) {
                continue; // a name with no other name expands to nothing
            }
            List<Form> forms = List.copyOf(merged.values());
            forms.forEach(f -> byKey.put(f.key, forms));
        }
        return byKey;
    }

    private String analysedKey(String text) {
        return String.join(" ", tokens(text).stream().map(Token::term).toList());
    }

    private record Token(String term, int start, int end) {
    }

    private List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SearchAnalyzers.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Quoted phrases as [opening quote, closing quote] offsets; backslash-escaped quotes do not count. */
    private static List<int[]> quotedRegions(String query) {
        List<int[]> regions = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    regions.add(new int[] {open, i});
                    open = -1;
                }
            }
        }
        return regions;
    }

    private static String escape(String term) {
        return QueryParser.escape(term);
    }
}
