package org.wicexplorer.userdata;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Confidence;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Person;
import org.wicexplorer.model.Role;
import org.wicexplorer.model.Text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserDataServiceTest {
    private static Dataset bundled;
    private static SeedLibrary seeds;
    private Path dir;
    private UserDataStore store;

    @BeforeAll
    static void loadBundled() throws Exception {
        StartupData data = StartupData.load(null);
        bundled = data.dataset();
        seeds = data.seeds();
    }

    @BeforeEach
    void freshDirectory() throws Exception {
        Path base = Path.of("target", "test-userdir", "userdata");
        Files.createDirectories(base);
        dir = Files.createTempDirectory(base, "service");
        store = new UserDataStore(dir.resolve(UserDataStore.FILE_NAME));
    }

    private UserDataService open() {
        return UserDataService.open(bundled, seeds, store);
    }

    private static Edition first() {
        return bundled.editions().get(0);
    }

    private static Edition withTheme(Edition e, String en) {
        return new Edition(e.id(), e.year(), e.ordinal(), e.kind(), e.label(), e.name(), e.dates(), e.venue(),
                new Fact(en, e.theme().zh(), e.theme().sources(), e.theme().unknown()), e.attendance(),
                e.sessions(), e.summary(), e.highlights(), e.topics());
    }

    private static Person newPerson() {
        return new Person("ada-teacher", Text.of("Ada Teacher", "艾达"), List.of());
    }

    @Test
    void overlayReplacesInPlaceAndAddsAfterAndMarksProvenance() throws Exception {
        UserLayer layer = UserLayer.EMPTY.with(ItemKind.EDITION, withTheme(first(), "A corrected theme"))
                .with(ItemKind.PERSON, newPerson());
        Overlay overlay = Overlay.merge(bundled, layer);

        Dataset effective = overlay.effective();
        assertEquals("A corrected theme", effective.edition(first().id()).orElseThrow().theme().en());
        assertEquals(bundled.editions().size(), effective.editions().size());
        assertEquals(bundled.people().size() + 1, effective.people().size());
        assertEquals("ada-teacher", effective.people().get(effective.people().size() - 1).id());
        assertEquals(Provenance.CHANGED, overlay.provenance(ItemKind.EDITION, first().id()).orElseThrow());
        assertEquals(Provenance.USER_MADE, overlay.provenance(ItemKind.PERSON, "ada-teacher").orElseThrow());
        assertEquals(Provenance.BUNDLED,
                overlay.provenance(ItemKind.EDITION, bundled.editions().get(1).id()).orElseThrow());
        assertTrue(overlay.problems(layer, seeds).isEmpty());
        // The bundled dataset itself is untouched.
        assertFalse(bundled.edition(first().id()).orElseThrow().theme().en().equals("A corrected theme"));
        assertTrue(bundled.person("ada-teacher").isEmpty());
    }

    @Test
    void anEditIsSavedAndFoundAgainByTheNextStart() throws Exception {
        try (UserDataService service = open()) {
            service.setNote(first().id(), "Start the lesson with the Wuzhen map.");
            service.put(ItemKind.PERSON, newPerson(), "Add person");
        }
        try (UserDataService again = open()) {
            assertTrue(again.startup().clean());
            assertEquals("Start the lesson with the Wuzhen map.",
                    again.layer().note(first().id()).orElseThrow().text());
            assertTrue(again.effective().person("ada-teacher").isPresent());
        }
    }

    @Test
    void resetOneItemAndResetEverything() throws Exception {
        try (UserDataService service = open()) {
            service.put(ItemKind.EDITION, withTheme(first(), "Changed"), "Edit edition");
            service.put(ItemKind.PERSON, newPerson(), "Add person");
            service.setNote(first().id(), "A note");

            service.reset(ItemKind.EDITION, first().id());
            assertEquals(first(), service.effective().edition(first().id()).orElseThrow());
            assertEquals(Provenance.BUNDLED, service.overlay().provenance(ItemKind.EDITION, first().id()).orElseThrow());
            assertTrue(service.effective().person("ada-teacher").isPresent());

            service.resetAll();
            assertTrue(service.layer().isEmpty());
            assertTrue(service.effective().person("ada-teacher").isEmpty());

            service.undo();
            assertTrue(service.effective().person("ada-teacher").isPresent(), "reset everything is undoable");
            assertEquals("A note", service.layer().note(first().id()).orElseThrow().text());
        }
        try (UserDataService again = open()) {
            assertTrue(again.effective().person("ada-teacher").isPresent(), "the undo was saved too");
        }
    }

    @Test
    void undoAndRedoWalkTheEdits() throws Exception {
        try (UserDataService service = open()) {
            assertFalse(service.canUndo());
            service.setNote(first().id(), "one");
            service.setNote(first().id(), "two");
            assertEquals(UserDataService.EDIT_NOTE, service.undoDescription());

            service.undo();
            assertEquals("one", service.layer().note(first().id()).orElseThrow().text());
            service.undo();
            assertTrue(service.layer().note(first().id()).isEmpty());
            assertFalse(service.canUndo());
            service.redo();
            service.redo();
            assertEquals("two", service.layer().note(first().id()).orElseThrow().text());
            assertFalse(service.canRedo());

            service.undo();
            service.setNote(first().id(), "three");
            assertFalse(service.canRedo(), "a new edit clears the redo stack");
        }
    }

    @Test
    void anEditEqualToTheBundledItemIsNotKeptAsAChange() throws Exception {
        try (UserDataService service = open()) {
            service.put(ItemKind.EDITION, withTheme(first(), "Changed"), "Edit");
            service.put(ItemKind.EDITION, first(), "Edit back");
            assertTrue(service.layer().items(ItemKind.EDITION).isEmpty());
            assertEquals(Provenance.BUNDLED, service.overlay().provenance(ItemKind.EDITION, first().id()).orElseThrow());
        }
    }

    @Test
    void anEditThatBreaksAReferenceIsRefusedAndNothingIsSaved() throws Exception {
        try (UserDataService service = open()) {
            Appearance dangling = new Appearance("nobody-known", first().id(), Role.SPEAKER,
                    Text.of("Guest", null), null, List.of(bundled.citations().get(0).id()));
            EditRefusedException refused = assertThrows(EditRefusedException.class,
                    () -> service.put(ItemKind.APPEARANCE, dangling, "Add appearance"));
            assertTrue(refused.getMessage().contains("nobody-known"), refused.getMessage());
            assertTrue(refused.getMessage().startsWith("appearance \"nobody-known@"), refused.getMessage());

            Citation unknownDocument = new Citation("c-user-1", "no-such-seed", null, null, null, null,
                    "some words", Confidence.HIGH, null);
            assertThrows(EditRefusedException.class, () -> service.put(ItemKind.CITATION, unknownDocument, "Add"));

            Edition badSource = new Edition(first().id(), first().year(), first().ordinal(), first().kind(),
                    first().label(), first().name(), first().dates(), first().venue(),
                    new Fact("x", null, List.of("no-such-citation"), null), first().attendance(), first().sessions(),
                    first().summary(), first().highlights(), first().topics());
            EditRefusedException theme = assertThrows(EditRefusedException.class,
                    () -> service.put(ItemKind.EDITION, badSource, "Edit"));
            assertTrue(theme.getMessage().contains("edition \"" + first().id() + "\""), theme.getMessage());
            assertThrows(EditRefusedException.class, () -> service.setNote("no-such-edition", "text"));

            assertTrue(service.layer().isEmpty());
            assertFalse(service.canUndo());
        }
        assertFalse(Files.exists(store.file()), "a refused edit is never saved");
    }

    @Test
    void anAnnotationAttachesToAPassageOfAnExistingSource() throws Exception {
        String source = seeds.documents().get(0).id();
        try (UserDataService service = open()) {
            Annotation a = service.annotate(source, 10, 40, "the quoted words", "Compare with the 2014 text.");
            assertEquals(List.of(a), service.layer().annotationsOn(source));
            service.editAnnotation(a.id(), "Compare with 2016.");
            assertEquals("Compare with 2016.", service.layer().annotations().get(a.id()).text());
            assertThrows(EditRefusedException.class, () -> service.annotate("no-such-source", 0, 5, "x", "y"));
            assertThrows(EditRefusedException.class, () -> service.annotate(source, 9, 3, "x", "backwards"));
            service.editAnnotation(a.id(), " ");
            assertTrue(service.layer().annotations().isEmpty(), "a blank annotation is deleted");
            service.undo();
        }
        try (UserDataService again = open()) {
            assertEquals("Compare with 2016.", again.layer().annotationsOn(source).get(0).text());
        }
    }

    @Test
    void aBundledIdCannotBeRenamed() throws Exception {
        try (UserDataService service = open()) {
            Person someone = bundled.people().get(0);
            Person renamed = new Person("renamed-" + someone.id(), someone.name(), someone.aliases());
            EditRefusedException refused = assertThrows(EditRefusedException.class,
                    () -> service.put(ItemKind.PERSON, someone.id(), renamed, "Edit"));
            assertTrue(refused.getMessage().contains("cannot change"), refused.getMessage());
        }
    }

    @Test
    void appearancesWithTheSameBaseKeyAreToldApart() throws Exception {
        try (UserDataService service = open()) {
            Appearance existing = bundled.appearances().get(0);
            Appearance second = new Appearance(existing.person(), existing.edition(), existing.role(),
                    Text.of("Another office", null), null, existing.sources());
            service.put(ItemKind.APPEARANCE, second, "Add appearance");
            String base = ItemKind.appearanceKey(existing);
            assertEquals(Provenance.BUNDLED, service.overlay().provenance(ItemKind.APPEARANCE, base).orElseThrow());
            assertEquals(Provenance.USER_MADE,
                    service.overlay().provenance(ItemKind.APPEARANCE, base + "~2").orElseThrow());
            assertEquals(bundled.appearances().size() + 1, service.effective().appearances().size());
        }
    }

    @Test
    void importIsOneUndoableEdit() throws Exception {
        Person person = newPerson();
        Appearance appearance = new Appearance(person.id(), first().id(), Role.GUEST, Text.of("Teacher", null), null,
                List.of(bundled.citations().get(0).id()));
        Dataset fragment = new Dataset(null, List.of(), List.of(), List.of(person), List.of(appearance), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        try (UserDataService service = open()) {
            service.importItems(fragment, "Import");
            assertTrue(service.effective().person(person.id()).isPresent());
            assertEquals(1, service.effective().appearancesOf(person.id()).size());
            service.undo();
            assertTrue(service.layer().isEmpty());
            assertTrue(service.effective().person(person.id()).isEmpty());

            Dataset broken = new Dataset(null, List.of(), List.of(), List.of(), List.of(appearance), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            assertThrows(EditRefusedException.class, () -> service.importItems(broken, "Import"));
            assertTrue(service.layer().isEmpty());
        }
    }

    @Test
    void aCorruptFileFallsBackToTheBackupAndIsKeptAside() throws Exception {
        try (UserDataService service = open()) {
            service.setNote(first().id(), "first version");
            service.setNote(first().id(), "second version");
        }
        // Half-written: the file stops in the middle.
        String full = Files.readString(store.file());
        Files.writeString(store.file(), full.substring(0, full.length() / 2));

        try (UserDataService again = open()) {
            UserDataStore.Loaded loaded = again.startup();
            assertTrue(loaded.fromBackup());
            assertEquals(1, loaded.rejected().size());
            UserDataStore.Rejected rejected = loaded.rejected().get(0);
            assertEquals(store.file(), rejected.file());
            assertTrue(rejected.problems().get(0).toString().matches(".*user-dataset\\.json:\\d+:\\d+: JSON syntax error.*"),
                    rejected.problems().get(0).toString());
            assertTrue(rejected.keptAs().getFileName().toString().matches("user-dataset\\.broken-\\d{8}-\\d{6}\\.json"));
            assertEquals(full.substring(0, full.length() / 2), Files.readString(rejected.keptAs()));
            assertEquals("first version", again.layer().note(first().id()).orElseThrow().text());
            again.flush();
            assertTrue(Files.exists(store.file()), "the backup's content is the file again");
        }
    }

    @Test
    void aWellFormedFileWithItemsThatBreakTheRulesLoadsEverythingElse() throws Exception {
        String source = seeds.documents().get(0).id();
        Person ada = newPerson();
        // A person of the user's, an appearance of that person, a note on an edition that exists, a good
        // annotation, and two items that point nowhere: a note on a missing edition and an annotation on a
        // document that is gone (an imported document whose store failed to load).
        UserLayer layer = UserLayer.EMPTY
                .with(ItemKind.PERSON, ada)
                .withNote(new Note(first().id(), "Ask the class about 2014.", null))
                .withNote(new Note("no-such-edition", "x", null))
                .withAnnotation(new Annotation("a-good", source, 10, 40, "q", "Compare with 2016.", null))
                .withAnnotation(new Annotation("a-orphan", "imported-doc-gone", 0, 5, "q", "lost source", null));
        Files.write(store.file(), UserLayerJson.encode(layer));
        String original = Files.readString(store.file());

        try (UserDataService service = open()) {
            UserDataStore.Loaded loaded = service.startup();
            assertTrue(loaded.rejected().isEmpty(), "the file is not set aside whole: " + loaded.rejected());
            assertFalse(loaded.fromBackup());
            // Everything valid is there.
            assertEquals(ada, service.layer().item(ItemKind.PERSON, ada.id()).orElseThrow());
            assertEquals("Ask the class about 2014.", service.layer().note(first().id()).orElseThrow().text());
            assertEquals(List.of("a-good"), List.copyOf(service.layer().annotations().keySet()));
            // Only the two offending items are left out, each with where it is in the file and why.
            UserDataStore.LeftOut leftOut = loaded.leftOut().get(0);
            assertEquals(store.file(), leftOut.file());
            List<String> named = leftOut.items().stream().map(i -> i.section() + "/" + i.key()).toList();
            assertEquals(List.of("notes/no-such-edition", "annotations/a-orphan"), named);
            UserDataStore.Item note = leftOut.items().get(0);
            assertTrue(note.at().toString().matches(".*user-dataset\\.json:\\d+:\\d+: note \"no-such-edition\": there is no edition.*"),
                    note.at().toString());
            assertTrue(leftOut.items().get(1).reason().contains("imported-doc-gone"), leftOut.items().get(1).reason());
            // The file as it was is kept beside the new one, byte for byte.
            assertTrue(leftOut.originalKeptAs().getFileName().toString()
                    .matches("user-dataset\\.before-repair-\\d{8}-\\d{6}\\.json"), leftOut.originalKeptAs().toString());
            assertEquals(original, Files.readString(leftOut.originalKeptAs()));
            service.flush();
        }
        // The repaired file is what the next start reads, cleanly.
        try (UserDataService again = open()) {
            assertTrue(again.startup().clean(), again.startup().toString());
            assertEquals(ada, again.layer().item(ItemKind.PERSON, ada.id()).orElseThrow());
            assertEquals(1, again.layer().annotations().size());
        }
    }

    @Test
    void anItemLeftOutIsNamedWithItsLineAndColumn() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(store.file(), """
                {
                  "format": 1,
                  "notes": {
                    "no-such-edition": {"edition": "no-such-edition", "text": "x", "updated": null}
                  }
                }
                """);
        try (UserDataService service = open()) {
            UserDataStore.Item item = service.startup().leftOut().get(0).items().get(0);
            assertEquals(store.file() + ":4:5: note \"no-such-edition\": there is no edition \"no-such-edition\"",
                    item.at().toString());
            assertTrue(service.layer().isEmpty());
            assertFalse(service.startup().fromBackup());
        }
    }

    @Test
    void whenBothFilesAreBrokenTheBundledDataIsUsedAlone() throws Exception {
        Files.writeString(store.file(), "{\"format\": 1, \"people\": ");
        Files.writeString(store.backup(), "not json");
        try (UserDataService service = open()) {
            assertEquals(2, service.startup().rejected().size());
            assertTrue(service.layer().isEmpty());
            assertEquals(bundled.people().size(), service.effective().people().size());
            assertFalse(Files.exists(store.file()));
            assertFalse(Files.exists(store.backup()));
        }
    }

    @Test
    void aNewerFormatIsRejectedNotGuessed() {
        UserLayerJson.Decoded decoded = UserLayerJson.decode("u.json", "{\n  \"format\": 2\n}".getBytes());
        assertFalse(decoded.ok());
        assertEquals("u.json:2:3: format 2 is not known to this version of the app, which reads format 1",
                decoded.problems().get(0).toString());
    }

    @Test
    void theFileRoundTrips() throws Exception {
        UserLayer layer = UserLayer.EMPTY.with(ItemKind.EDITION, withTheme(first(), "T"))
                .with(ItemKind.PERSON, newPerson())
                .withNote(new Note(first().id(), "note", java.time.Instant.parse("2025-01-02T03:04:05Z")))
                .withAnnotation(new Annotation("a-1", seeds.documents().get(0).id(), 3, 9, "quoted", "remark",
                        java.time.Instant.parse("2025-01-02T03:04:05Z")));
        UserLayerJson.Decoded decoded = UserLayerJson.decode("u.json", UserLayerJson.encode(layer));
        assertTrue(decoded.ok(), decoded.problems().toString());
        assertEquals(layer, decoded.layer());
    }
}
