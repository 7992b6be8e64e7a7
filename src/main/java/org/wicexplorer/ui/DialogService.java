package org.wicexplorer.ui;

import org.wicexplorer.data.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    Optional<Path> chooseFileToOpen(FileRequest request);

    Optional<Path> chooseFileToSave(FileRequest request);

    Optional<Path> chooseFolder(String title, Path near);
}
