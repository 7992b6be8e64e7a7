package org.wicexplorer.bench.data;

import org.wicexplorer.data.DataException;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.SourceDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words and Chinese words taken from the bundled seed documents, ranked by how often the seeds
 * use them and drawn with Zipf's law, so the synthetic corpus has the seeds' vocabulary and a natural
 * spread of frequent and rare terms. Deterministic: the same seeds and random seed give the same text.
 */
final class Vocabulary {
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z][a-z]{2,14}");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");

    private final String[] english;
    private final double[] englishCdf;
    private final String[] chinese;
    private final double[] chineseCdf;

    private Vocabulary(List<String> english, List<String> chinese) {
        this.english = english.toArray(String[]::new);
        this.englishCdf = zipf(this.english.length);
        this.chinese = chinese.toArray(String[]::new);
        this.chineseCdf = zipf(this.chinese.length);
    }

    static Vocabulary fromSeeds() {
        SeedLibrary seeds;
        try {
            seeds = SeedLibrary.bundled();
        } catch (DataException e) {
            throw new IllegalStateException(e.problems().toString());
        }
        Map<String, Integer> en = new LinkedHashMap<>();
        Map<String, Integer> zh = new LinkedHashMap<>();
        for (SourceDocument doc : seeds.documents()) {
            String text = seeds.text(doc.id());
            Matcher m = ENGLISH.matcher(text);
            while (m.find()) {
                en.merge(m.group().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
            Matcher h = HAN_RUN.matcher(text);
            while (h.find()) {
                String run = h.group();
                // Words of two to four characters cut from each run, as a reader would see them.
                for (int i = 0; i + 2 <= run.length(); i += 2) {
                    int len = Math.min(run.length() - i, 2 + (i / 2) % 3);
                    zh.merge(run.substring(i, i + len), 1, Integer::sum);
                }
            }
        }
        return new Vocabulary(ranked(en), ranked(zh));
    }

    private static List<String> ranked(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int draw(double[] cdf, Random random) {
        double u = random.nextDouble();
        int i = java.util.Arrays.binarySearch(cdf, u);
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }

    String englishWord(Random random) {
        return english[draw(englishCdf, random)];
    }

    String chineseWord(Random random) {
        return chinese[draw(chineseCdf, random)];
    }

    int englishSize() {
        return english.length;
    }

    int chineseSize() {
        return chinese.length;
    }

    /** The word of this rank (0 = most frequent), for picking queries of known frequency. */
    String englishAt(int rank) {
        return english[Math.min(rank, english.length - 1)];
    }

    String chineseAt(int rank) {
        return chinese[Math.min(rank, chinese.length - 1)];
    }
}
