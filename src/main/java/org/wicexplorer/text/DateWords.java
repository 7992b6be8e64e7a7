package org.wicexplorer.text;

import org.wicexplorer.model.Language;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the app writes them, for a given language and without the interface (the handout is
 * written with no window, in a language that may not be the window's): "19–21 November 2014",
 * "30 November – 2 December 2017", "2014年11月19日至21日". The one place these forms are written: {@code ui.Formats} (in the
 * interface's language), the deck and the handout all call it.
 */
public final class DateWords {
    private DateWords() {
    }

    public static String date(LocalDate date, Language language) {
        if (language == Language.ZH) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    public static String range(LocalDate start, LocalDate end, Language language) {
        if (end == null || end.equals(start)) {
            return date(start, language);
        }
        boolean sameYear = start.getYear() == end.getYear();
        boolean sameMonth = sameYear && start.getMonth() == end.getMonth();
        if (language == Language.ZH) {
            String tail = sameMonth ? end.getDayOfMonth() + "日"
                    : sameYear ? end.getMonthValue() + "月" + end.getDayOfMonth() + "日" : date(end, language);
            return date(start, language) + "至" + tail;
        }
        if (sameMonth) {
            return start.getDayOfMonth() + "–" + date(end, language);
        }
        String head = start.format(DateTimeFormatter.ofPattern(sameYear ? "d MMMM" : "d MMMM yyyy", Locale.ENGLISH));
        return head + " – " + date(end, language);
    }
}
