package org.wicexplorer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The size on disk of a built index (benchmarks only: it reads the package-private folder). */
public final class SearchIndexSize {
    private SearchIndexSize() {
    }

    public static long bytes(SearchIndex index) {
        try (Stream<Path> files = Files.walk(index.folder())) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
