package org.wicexplorer.ui;

import org.wicexplorer.data.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every dialog the explorer shows goes through one service: messages, problem lists, confirmations, the
 * unsaved-changes question and the file and folder choosers. The window's implementation
 * ({@link FxDialogService}) themes them once and names their buttons in the interface language; tests
 * hand the composition root a recording fake instead of a seam in each class.
 */
public interface DialogService {

    enum Kind { INFORMATION, WARNING, ERROR }

    /** What to do with unsaved edits before they would be replaced. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** A kind of file a chooser offers: its description and patterns such as {@code *.pptx}. */
    record FileType(String description, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * A file chooser's request: its title, the file to start near (its folder is opened; null for the
     * default), the name proposed when saving, and the types offered.
     */
    record FileRequest(String title, Path near, String initialName, List<FileType> types) {
        public FileRequest {
            types = List.copyOf(types);
        }
    }

    /** A part of a report: a heading and its lines ({@code styleClass} names the list for tests and the stylesheet). */
    record Section(String title, String styleClass, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** A message; {@code details}, when not null, is shown as selectable text whose node has {@code detailsId}. */
    void message(Kind kind, String title, String header, String details, String detailsId);

    /** A list of problems, one {@code FILE:LINE:COLUMN: message} per line, under a header saying what was kept. */
    default void problems(String title, String header, List<Problem> problems, String detailsId) {
        message(Kind.WARNING, title, header, problems.stream().map(Problem::toString).collect(Collectors.joining("\n")),
                detailsId);
    }

    /** Asks OK or Cancel; true for OK. */
    boolean confirm(String title, String header, String text);

    /** Asks whether to save, discard or keep editing ({@code dialogId} names the dialog for tests). */
    Unsaved askUnsaved(String title, String header, String text, String dialogId);

    /** A report in sections, each a titled list of lines; {@code dialogId} names the dialog for tests. */
    void report(Kind kind, String title, String header, List<Section> sections, String dialogId);

    /** Asks for a line of text, starting from {@code initial}; OK is offered only while {@code accepts} holds. */
    Optional<String> askText(String title, String header, String initial, Predicate<String> accepts);

    Optional<Path> chooseFileToOpen(FileRequest request);

    /** Several files at once (an import); empty when cancelled. */
    List<Path> chooseFilesToOpen(FileRequest request);

    /**
     * A file to write. A name typed without an ending gets the one of the type chosen in the dialog (GTK's
     * dialog adds none), so "lesson" saved as PDF slides is "lesson.pdf" ({@link #withEnding}).
     */
    Optional<Path> chooseFileToSave(FileRequest request);

    Optional<Path> chooseFolder(String title, Path near);

    /**
     * {@code file} as chosen, or, when its name has no ending at all, with the ending of the type chosen in
     * the dialog ({@code chosen}; null: the request's first type). A name that has an ending keeps it.
     */
    static Path withEnding(Path file, FileType chosen, List<FileType> types) {
        String name = file.getFileName().toString();
        if (name.contains(".")) {
            return file;
        }
        FileType type = chosen != null ? chosen : types.isEmpty() ? null : types.get(0);
        String pattern = type == null || type.patterns().isEmpty() ? null : type.patterns().get(0);
        if (pattern == null || !pattern.startsWith("*.")) {
            return file;
        }
        return file.resolveSibling(name + pattern.substring(1).toLowerCase(Locale.ROOT));
    }
}
