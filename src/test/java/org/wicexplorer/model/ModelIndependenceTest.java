package org.wicexplorer.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The model is plain records: it must not reach for the UI toolkit, the JSON library or the search engine. */
class ModelIndependenceTest {

    @Test
    void modelImportsNoFrameworks() throws IOException {
        Path dir = Path.of("src/main/java/org/wicexplorer/model");
        List<String> offenders;
        try (Stream<Path> files = Files.list(dir)) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream()
                            .filter(l -> l.startsWith("import javafx") || l.startsWith("import com.fasterxml")
                                    || l.startsWith("import org.apache.lucene") || l.startsWith("import org.wicexplorer.")
                                    && !l.startsWith("import org.wicexplorer.model."))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), offenders);
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.findAny().isEmpty(), "the model folder must exist");
        }
    }
}
