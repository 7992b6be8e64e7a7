package org.wicexplorer.ui.present;

import org.wicexplorer.data.Problem;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.I18n;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What the tour asks and tells through the window's {@link DialogService}: its files, problems and unsaved edits. */
final class TourDialogs {
    private final DialogService dialogs;

    TourDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    private static DialogService.FileRequest request(String title, Path near, String initialName) {
        return new DialogService.FileRequest(title, near, initialName,
                List.of(new DialogService.FileType(I18n.t("tour.fileType"), List.of("*" + TourFiles.EXTENSION))));
    }

    Path chooseToOpen(Path near) {
        return dialogs.chooseFileToOpen(request(I18n.t("tour.openTitle"), near, null)).orElse(null);
    }

    /** A path ending in .wictour.json, so the installed app opens it again on a double click. */
    Path chooseToSave(Path near) {
        String initial = near != null ? near.getFileName().toString() : I18n.t("tour.defaultFileName") + TourFiles.EXTENSION;
        Path file = dialogs.chooseFileToSave(request(I18n.t("tour.saveTitle"), near, initial)).orElse(null);
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString();
        return name.endsWith(TourFiles.EXTENSION) ? file
                : file.resolveSibling(name.replaceFirst("\\.json$", "") + TourFiles.EXTENSION);
    }

    /** Every problem as FILE:LINE:COLUMN: message, and the reassurance that nothing was lost. */
    void problems(Path file, List<Problem> problems) {
        System.err.println("wic-explorer: the tour " + file + " cannot be opened:");
        System.err.println(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        dialogs.problems(I18n.t("tour.problemsTitle"), I18n.t("tour.rejected", file.getFileName()), problems,
                "tour-problems");
    }

    /** Asks what to do with a tour's unsaved edits before another tour replaces it. */
    DialogService.Unsaved askUnsaved(String title) {
        return dialogs.askUnsaved(I18n.t("tour.problemsTitle"),
                I18n.t("tour.unsavedHeader", title == null || title.isBlank() ? I18n.t("tour.untitled") : title),
                I18n.t("tour.unsavedText"), "tour-unsaved");
    }

    void saveFailed(Path file, String why) {
        System.err.println("wic-explorer: could not save the tour to " + file + ": " + why);
        dialogs.message(DialogService.Kind.ERROR, I18n.t("tour.problemsTitle"), I18n.t("tour.saveFailed", file, why),
                null, null);
    }
}
