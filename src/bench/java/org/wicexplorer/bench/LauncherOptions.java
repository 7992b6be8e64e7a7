package org.wicexplorer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM options the app is launched with, read from the one place they are written: the {@code <option>}s
 * of javafx-maven-plugin in pom.xml (what {@code mvn javafx:run} passes; the package profile passes the same
 * to jpackage as {@code --java-options}). The benchmarks start the app with exactly these.
 */
final class LauncherOptions {
    private static final Pattern PLUGIN = Pattern.compile(
            "<artifactId>javafx-maven-plugin</artifactId>.*?<options>(.*?)</options>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option>\\s*(.*?)\\s*</option>");

    private LauncherOptions() {
    }

    static List<String> fromPom(Path pom) throws IOException {
        Matcher plugin = PLUGIN.matcher(Files.readString(pom, StandardCharsets.UTF_8));
        if (!plugin.find()) {
            throw new IllegalStateException("no javafx-maven-plugin <options> in " + pom);
        }
        List<String> options = new ArrayList<>();
        Matcher m = OPTION.matcher(plugin.group(1));
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }
}
