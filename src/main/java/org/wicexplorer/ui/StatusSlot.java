package org.wicexplorer.ui;

/**
 * The places of the status bar's menus, in the order they stand from left to right: data first, presenting
 * last, where slide software keeps its slide-show button. A feature contributes its menu to a slot; the bar
 * keeps the declared order whoever contributes first.
 */
public enum StatusSlot {
    DATA, EXPORT, VIEW, EDIT, CLASSROOM
}
