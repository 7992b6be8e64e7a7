package org.wicexplorer.bench.data;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A synthetic bilingual corpus in the seed library's own layout (a {@code sources.json} and one text file
 * per document), so {@code SeedLibrary.fromDirectory} loads it and {@code SearchIndex.build} indexes it
 * exactly as it indexes the bundled seeds. About 40 % of the documents are English, 30 % Chinese and 30 %
 * mixed sentence by sentence; sizes vary from a quarter to 1.75 times the mean. A few phrases the queries
 * look for are planted at known rates.
 */
public final class Corpus {
    /** Phrases planted in about one paragraph in twenty each. */
    static final List<String> PLANTED = List.of(
            "digital economy", "cyberspace sovereignty", "community with a shared future in cyberspace",
            "Wuzhen Summit", "网络空间命运共同体", "数字经济", "乌镇峰会", "互联网治理");

    private Corpus() {
    }

    /**
     * Writes {@code documents} documents of about {@code totalBytes} UTF-8 bytes together into {@code dir}
     * (emptied first), and returns the bytes written. The same arguments always write the same files.
     */
    public static long write(Path dir, int documents, long totalBytes, long seed) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Vocabulary words = Vocabulary.fromSeeds();
        Random random = new Random(seed);
        long mean = Math.max(200, totalBytes / documents);
        long written = 0;
        StringBuilder index = new StringBuilder("{\n  \"formatVersion\": 1,\n  \"sources\": [\n");
        for (int d = 0; d < documents; d++) {
            String id = String.format("doc-%05d", d);
            String file = id + ".txt";
            int kind = random.nextInt(10); // 0-3 English, 4-6 Chinese, 7-9 mixed
            long target = (long) (mean * (0.25 + 1.5 * random.nextDouble()));
            String title = title(words, random, kind);
            String text = document(words, random, kind, target, title);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(file), bytes);
            written += bytes.length;
            index.append(d == 0 ? "" : ",\n").append("    {\"id\": \"").append(id).append("\", \"file\": \"").append(file)
                    .append("\", \"title\": {\"en\": \"").append(id).append(' ').append(kind < 4 || kind > 6 ? title : id)
                    .append("\", \"zh\": \"文档 ").append(d).append("\"}, \"language\": \"")
                    .append(kind >= 4 && kind <= 6 ? "zh" : "en").append("\", \"kind\": \"imported\", \"date\": \"")
                    .append(2014 + d % 13).append("\", \"editions\": []}");
        }
        index.append("\n  ]\n}\n");
        try (Writer w = Files.newBufferedWriter(dir.resolve("sources.json"), StandardCharsets.UTF_8)) {
            w.write(index.toString());
        }
        return written;
    }

    private static String title(Vocabulary words, Random random, int kind) {
        StringBuilder t = new StringBuilder();
        int n = 3 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String w = kind >= 4 && kind <= 6 ? words.chineseWord(random) : words.englishWord(random);
            if (t.length() > 0 && !(kind >= 4 && kind <= 6)) {
                t.append(' ');
            }
            t.append(i == 0 ? capital(w) : w);
        }
        return t.toString();
    }

    private static String document(Vocabulary words, Random random, int kind, long targetBytes, String title) {
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE, targetBytes));
        out.append(title).append("\n\n");
        long bytes = utf8(title) + 2;
        int paragraphs = 0;
        while (bytes < targetBytes) {
            if (paragraphs > 0 && paragraphs % 6 == 0) {
                String heading = "Section " + (paragraphs / 6) + " " + capital(words.englishWord(random));
                out.append(heading).append("\n\n");
                bytes += heading.length() + 2;
            }
            StringBuilder p = new StringBuilder();
            int sentences = 2 + random.nextInt(6);
            int plantAt = random.nextInt(20) == 0 ? random.nextInt(sentences) : -1;
            for (int s = 0; s < sentences; s++) {
                boolean chinese = kind >= 4 && kind <= 6 || kind >= 7 && random.nextBoolean();
                String planted = s == plantAt ? PLANTED.get(random.nextInt(PLANTED.size())) : null;
                p.append(chinese ? chineseSentence(words, random, planted) : englishSentence(words, random, planted));
            }
            String para = p.toString().strip();
            out.append(para).append("\n\n");
            bytes += utf8(para) + 2;
            paragraphs++;
        }
        return out.toString();
    }

    private static String englishSentence(Vocabulary words, Random random, String planted) {
        StringBuilder s = new StringBuilder();
        int n = 8 + random.nextInt(14);
        int plantAt = planted == null ? -1 : random.nextInt(n);
        for (int i = 0; i < n; i++) {
            String w = i == plantAt && planted.chars().allMatch(c -> c < 0x3000) ? planted : words.englishWord(random);
            if (i == plantAt && planted.chars().anyMatch(c -> c >= 0x3000)) {
                w = planted; // a Chinese term quoted inside English text
            }
            s.append(i == 0 ? capital(w) : w).append(i == n - 1 ? ". " : random.nextInt(12) == 0 ? ", " : " ");
        }
        return s.toString();
    }

    private static String chineseSentence(Vocabulary words, Random random, String planted) {
        StringBuilder s = new StringBuilder();
        int n = 5 + random.nextInt(12);
        int plantAt = planted == null ? -1 : random.nextInt(n);
        for (int i = 0; i < n; i++) {
            if (i == plantAt) {
                boolean latin = planted.chars().allMatch(c -> c < 0x3000);
                s.append(latin ? " " + planted + " " : planted);
            } else {
                s.append(words.chineseWord(random));
            }
            if (i < n - 1 && random.nextInt(8) == 0) {
                s.append('，');
            }
        }
        return s.append('。').toString();
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static long utf8(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
