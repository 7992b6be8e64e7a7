package org.wicexplorer.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both interface languages are complete, and every key the code asks for exists. */
class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/wicexplorer/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(bundle("messages_zh.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys missing from 简体中文");
        assertEquals(Set.of(), onlyZh, "keys missing from English");
    }

    @Test
    void chineseBundleIsReallyChinese() throws IOException {
        Properties zh = bundle("messages_zh.properties");
        assertTrue(zh.getProperty("tab.overview").matches(".*\\p{IsHan}.*"));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = bundle("messages.properties");
        // The interface's words, and the data layer's problems (data.Wording; the dataset rules' own w(...)).
        Map<Pattern, String> uses = Map.of(
                Pattern.compile("I18n\\.t\\(\"([a-zA-Z.\\-]+)\""), "",
                Pattern.compile("Wording\\.t\\(\"([a-zA-Z.\\-]+)\"\\s*[,)]"), "data.check.",
                Pattern.compile("\\bw\\(\"([a-zA-Z.\\-]+)\"\\s*[,)]"), "data.check.");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                for (Map.Entry<Pattern, String> use : uses.entrySet()) {
                    Matcher m = use.getKey().matcher(source);
                    while (m.find()) {
                        found++;
                        String key = use.getValue() + m.group(1);
                        if (!en.containsKey(key)) {
                            missing.add(key + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(found > 400, "the scan found the keys the code uses (" + found + ")");
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyEnumConstantShownHasAName() throws IOException {
        Properties en = bundle("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Class<? extends Enum<?>> type : java.util.List.of(org.wicexplorer.model.EditionKind.class,
                org.wicexplorer.model.Role.class, org.wicexplorer.model.Party.class,
                org.wicexplorer.model.DocumentKind.class, org.wicexplorer.model.ConflictSubject.class,
                org.wicexplorer.model.SourceKind.class, org.wicexplorer.model.Confidence.class,
                org.wicexplorer.ui.Theme.class)) {
            String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            for (Enum<?> c : type.getEnumConstants()) {
                String key = prefix + "." + c.name().toLowerCase().replace('_', '-');
                if (!en.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        // The timeline's lanes are the app's data, named by id.
        for (org.wicexplorer.ui.timeline.TimelineLane lane : EditionTimeline.LANES) {
            if (!en.containsKey("timelineLane." + lane.id())) {
                missing.add("timelineLane." + lane.id());
            }
        }
        assertEquals(Set.of(), missing);
    }
}
