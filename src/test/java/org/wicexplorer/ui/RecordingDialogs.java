package org.wicexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A {@link DialogService} for tests: it records every dialog the app asks for, as one line each, and
 * answers questions and choosers from a script. A question with no scripted answer fails the test, so
 * an unexpected dialog cannot pass unnoticed.
 */
public final class RecordingDialogs implements DialogService {
    private final List<String> shown = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<FileRequest> requests = new ArrayList<>();
    private final List<List<Section>> reports = new ArrayList<>();

    /**
     * Queues the answer to the next question or chooser: a Boolean, an {@link Unsaved}, a Path, a list of
     * Paths (several files), a String (a text asked for) or null for "cancelled".
     */
    public RecordingDialogs answer(Object answer) {
        answers.add(answer == null ? Optional.empty() : answer);
        return this;
    }

    /** Every dialog so far, e.g. {@code "WARNING: header | details"} or {@code "unsaved: header"}. */
    public List<String> shown() {
        return List.copyOf(shown);
    }

    /** Every file chooser's request so far, in order. */
    public List<FileRequest> requests() {
        return List.copyOf(requests);
    }

    /** The sections of every report so far, in order. */
    public List<List<Section>> reports() {
        return List.copyOf(reports);
    }

    /** Whether every queued answer was asked for. */
    public boolean answeredAll() {
        return answers.isEmpty();
    }

    @Override
    public void message(Kind kind, String title, String header, String details, String detailsId) {
        shown.add(kind + ": " + header + (details == null ? "" : " | " + details));
    }

    @Override
    public void report(Kind kind, String title, String header, List<Section> sections, String dialogId) {
        shown.add(kind + ": " + header);
        reports.add(List.copyOf(sections));
    }

    @Override
    public Optional<String> askText(String title, String header, String initial, Predicate<String> accepts) {
        shown.add("ask: " + header + " [" + initial + "]");
        Object answer = next(header);
        if (answer instanceof String text && !accepts.test(text)) {
            throw new AssertionError("the dialog would not accept " + text);
        }
        return answer instanceof String text ? Optional.of(text) : Optional.empty();
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        shown.add("confirm: " + header);
        return (Boolean) next(header);
    }

    @Override
    public Unsaved askUnsaved(String title, String header, String text, String dialogId) {
        shown.add("unsaved: " + header);
        return (Unsaved) next(header);
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileRequest request) {
        shown.add("open: " + request.title());
        requests.add(request);
        return path(next(request.title()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> chooseFilesToOpen(FileRequest request) {
        shown.add("open: " + request.title());
        requests.add(request);
        Object answer = next(request.title());
        return answer instanceof Path p ? List.of(p) : answer instanceof List<?> l ? (List<Path>) l : List.of();
    }

    @Override
    public Optional<Path> chooseFileToSave(FileRequest request) {
        shown.add("save: " + request.title() + " [" + request.initialName() + "]");
        requests.add(request);
        return path(next(request.title()));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path near) {
        shown.add("folder: " + title);
        return path(next(title));
    }

    private Object next(String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("an unexpected dialog: " + what + " (shown so far: " + shown + ")");
        }
        return answers.poll();
    }

    private static Optional<Path> path(Object answer) {
        return answer instanceof Path p ? Optional.of(p) : Optional.empty();
    }
}
