package org.wicexplorer.interchange;

import java.io.IOException;
import java.nio.file.Path;
import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;

/** The formats the app exports to, each with its usual file extension. */
public enum ExportFormat {
    /** Our format; the file passes {@code --validate}. */
    OUR_JSON("json"),
    /** Opens in TimelineJS; {@code language} chooses the headlines' language. */
    TIMELINE_JS("json"),
    /** Milestones and eras, one row each. */
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The file's bytes; no path of the user's machine is in them ({@link Privacy}). */
    public byte[] write(Dataset shown, Language language) {
        return write(shown, language, null);
    }

    /** As {@link #write(Dataset, Language)}; {@code seeds} name the seed documents a TimelineJS slide cites. */
    public byte[] write(Dataset shown, Language language, org.wicexplorer.data.SeedLibrary seeds) {
        Dataset dataset = Privacy.scrub(shown);
        return switch (this) {
            case OUR_JSON -> OurJson.write(dataset);
            case TIMELINE_JS -> TimelineJs.write(dataset, language, seeds);
            case CSV -> CsvEvents.write(dataset);
        };
    }

    /** Writes atomically: an existing file is replaced only by a complete new one, readable by others, with no .bak beside it. */
    public void export(Dataset dataset, Language language, Path file) throws IOException {
        export(dataset, language, null, file);
    }

    public void export(Dataset dataset, Language language, org.wicexplorer.data.SeedLibrary seeds, Path file) throws IOException {
        AtomicFiles.writeExport(file, write(dataset, language, seeds));
    }
}
