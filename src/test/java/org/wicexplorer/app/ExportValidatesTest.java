package org.wicexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.interchange.ExportFormat;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;

/** What "Export → WIC dataset JSON" writes passes the real {@code --validate}. */
class ExportValidatesTest {

    @Test
    void theExportedDatasetValidates(@TempDir Path dir) throws Exception {
        Dataset shown = StartupData.load(null).dataset();
        Path file = dir.resolve("wic-dataset.json");
        ExportFormat.OUR_JSON.export(shown, Language.EN, file);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(CommandLine.parse("--validate", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        assertEquals(String.format("OK: %d editions, %d people, %d controversies, %d citations%n",
                shown.editions().size(), shown.people().size(), shown.controversies().size(), shown.citations().size()),
                out.toString(StandardCharsets.UTF_8));
    }
}
