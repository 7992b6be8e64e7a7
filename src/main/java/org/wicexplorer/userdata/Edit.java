package org.wicexplorer.userdata;

/**
 * One undoable change of the user layer: doing it makes {@code after} current, undoing it brings back
 * {@code before}. Layers are immutable, so the pair is the whole command and cannot drift.
 */
public record Edit(String description, UserLayer before, UserLayer after) {

    UserLayer redo() {
        return after;
    }

    UserLayer undo() {
        return before;
    }
}
