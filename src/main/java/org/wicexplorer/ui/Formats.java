package org.wicexplorer.ui;

import org.wicexplorer.model.EditionDates;
import org.wicexplorer.text.DateWords;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates (DateWords, in the interface language) and enum names as the interface language writes them. */
public final class Formats {
    private Formats() {
    }

    public static String date(LocalDate date) {
        return DateWords.date(date, I18n.language());
    }

    /** A date as precisely as it is known: "776 BCE", "October 2019", "20 October 2019"; "公元前776年". */
    public static String date(org.wicexplorer.model.HistoricalDate date) {
        return date.format(I18n.language());
    }

    /** A milestone's date as its source writes it ({@code displayDate}), else as precisely as it is known, with its end. */
    public static String when(org.wicexplorer.model.Milestone m) {
        if (m.displayDate() != null) {
            return m.displayDate();
        }
        return m.end() == null ? date(m.when()) : date(m.when()) + " – " + date(m.until());
    }

    /** "19–21 November 2014", "30 November – 2 December 2017", "2014年11月19日至21日". */
    public static String range(LocalDate start, LocalDate end) {
        return DateWords.range(start, end, I18n.language());
    }

    public static String range(EditionDates dates) {
        if (dates.end() == null) {
            return I18n.t("dates.openEnded", date(dates.start()));
        }
        return range(dates.start(), dates.end());
    }

    /** A short label such as "Nov 2014" for compact places. */
    public static String monthYear(LocalDate date) {
        if (isZh()) {
            return date.getYear() + "年" + date.getMonthValue() + "月";
        }
        return date.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
    }

    /** "Oct 2019", "776 BCE", "2019年10月". */
    public static String monthYear(org.wicexplorer.model.HistoricalDate date) {
        return date.shortFormat(I18n.language());
    }

    /** The bundle's name for an enum constant, e.g. role.video-message. */
    public static String name(Enum<?> value) {
        String prefix = Character.toLowerCase(value.getDeclaringClass().getSimpleName().charAt(0))
                + value.getDeclaringClass().getSimpleName().substring(1);
        return I18n.t(prefix + "." + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static boolean isZh() {
        return "zh".equals(I18n.locale().getLanguage());
    }
}
