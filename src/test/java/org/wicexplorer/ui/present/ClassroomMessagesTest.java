package org.wicexplorer.ui.present;

import org.junit.jupiter.api.Test;
import org.wicexplorer.tour.StepKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The classroom builds some bundle keys (key help rows, button tips, step kinds); MessagesTest sees only
 * literal I18n.t("…") calls, so these are checked here, in both languages.
 */
class ClassroomMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ClassroomMessagesTest.class.getResourceAsStream("/org/wicexplorer/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyBuiltKeyExistsInBothLanguages() throws IOException {
        Set<String> wanted = new TreeSet<>();
        Path dir = Path.of("src/main/java/org/wicexplorer/ui/present");
        Matcher keyHelp = Pattern.compile("\\{\"(present\\.keys\\.[a-zA-Z]+)\"").matcher(Files.readString(dir.resolve("KeyHelp.java")));
        while (keyHelp.find()) {
            wanted.add(keyHelp.group(1));
        }
        Matcher presenter = Pattern.compile("button\\(\"[a-z-]+\", \"(presenter\\.[a-zA-Z]+)\"").matcher(Files.readString(dir.resolve("PresenterView.java")));
        while (presenter.find()) {
            wanted.add(presenter.group(1));
            wanted.add(presenter.group(1) + "Accessible");
        }
        Matcher editor = Pattern.compile("button\\(\"[a-z-]+\", \"(tour\\.[a-zA-Z]+)\"").matcher(Files.readString(dir.resolve("TourEditor.java")));
        while (editor.find()) {
            wanted.add(editor.group(1));
            wanted.add(editor.group(1) + "Tip");
        }
        for (StepKind kind : StepKind.values()) {
            wanted.add("stepKind." + kind.name().toLowerCase());
        }
        assertEquals(true, wanted.size() > 30, wanted.toString());
        for (String name : new String[] {"messages.properties", "messages_zh.properties"}) {
            Properties p = bundle(name);
            Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(p.stringPropertyNames());
            assertEquals(Set.of(), missing, name);
        }
    }
}
