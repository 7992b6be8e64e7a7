package org.wicexplorer.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every save dialog does to the name typed, whichever feature asked. */
class DialogServiceTest {
    private static final DialogService.FileType PPTX = new DialogService.FileType("PowerPoint", List.of("*.pptx"));
    private static final DialogService.FileType PDF = new DialogService.FileType("PDF", List.of("*.pdf"));

    @Test
    void aNameTypedWithoutAnEndingGetsTheChosenType() {
        List<DialogService.FileType> types = List.of(PPTX, PDF);
        assertEquals(Path.of("/tmp/lesson.pdf"), DialogService.withEnding(Path.of("/tmp/lesson"), PDF, types));
        assertEquals(Path.of("/tmp/lesson.pptx"), DialogService.withEnding(Path.of("/tmp/lesson.pptx"), PDF, types));
        assertEquals(Path.of("/tmp/lesson.pptx"), DialogService.withEnding(Path.of("/tmp/lesson"), null, types),
                "no type chosen: the first offered");
    }

    @Test
    void aNameWithAnEndingKeepsIt() {
        // The tour's own rule turns "lesson.json" into "lesson.wictour.json"; the dialog must not make it "lesson.json.wictour.json".
        DialogService.FileType tour = new DialogService.FileType("Tour", List.of("*.wictour.json"));
        assertEquals(Path.of("/tmp/lesson.json"), DialogService.withEnding(Path.of("/tmp/lesson.json"), tour, List.of(tour)));
        assertEquals(Path.of("/tmp/lesson.wictour.json"), DialogService.withEnding(Path.of("/tmp/lesson"), tour, List.of(tour)));
    }
}
