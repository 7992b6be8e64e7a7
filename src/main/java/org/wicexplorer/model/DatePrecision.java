package org.wicexplorer.model;

/** How much of a date is known: a year, a month of a year, or a day (which may also have a time). */
public enum DatePrecision {
    YEAR, MONTH, DAY;

    /** Null stands for a day, the precision of every date written before precision existed. */
    public static DatePrecision orDay(DatePrecision p) {
        return p == null ? DAY : p;
    }

    /** The stored form: a day is left out (null), so files without precision read back equal. */
    static DatePrecision stored(DatePrecision p) {
        return p == DAY ? null : p;
    }
}
