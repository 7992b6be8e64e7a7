package org.wicexplorer.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * A date as precisely as it is known: a year, a month or a day, perhaps with a time. {@code date} is the
 * first day of that period in the proleptic ISO calendar, whose year 0 is 1 BCE and year −775 is 776 BCE
 * ({@link #year()} gives the year as historians write it). Writes itself as a reader expects: "776 BCE",
 * "October 2019", "20 October 2019, 09:30"; "公元前776年", "2019年10月", "2019年10月20日 09:30".
 */
public record HistoricalDate(LocalDate date, DatePrecision precision, LocalTime time) {
    /** The earliest and latest years the app can place: the range of {@link LocalDate}. */
    public static final long MIN_ISO_YEAR = ChronoField.YEAR.range().getMinimum();
    public static final long MAX_ISO_YEAR = ChronoField.YEAR.range().getMaximum();

    public HistoricalDate {
        precision = DatePrecision.orDay(precision);
        if (precision != DatePrecision.DAY) {
            time = null;
        }
    }

    public static HistoricalDate day(LocalDate date) {
        return new HistoricalDate(date, DatePrecision.DAY, null);
    }

    /**
     * A year as historians write it: {@code bce} true for a year before the common era. There is no year 0;
     * {@code year} must be at least 1.
     */
    public static HistoricalDate ofYear(long year, boolean bce) {
        return new HistoricalDate(LocalDate.of(Math.toIntExact(isoYear(year, bce)), 1, 1), DatePrecision.YEAR, null);
    }

    /** The ISO (astronomical) year of a historian's year: 1 BCE is 0, 776 BCE is −775. */
    public static long isoYear(long year, boolean bce) {
        return bce ? 1 - year : year;
    }

    /** The year as historians write it, always at least 1; see {@link #isBce()}. */
    public long year() {
        int y = date.getYear();
        return y <= 0 ? 1L - y : y;
    }

    public boolean isBce() {
        return date.getYear() <= 0;
    }

    /** The full date in the reader's language. */
    public String format(Language language) {
        String year = yearText(language);
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String text;
        if (language == Language.ZH) {
            text = switch (precision) {
                case YEAR -> year;
                case MONTH -> year + date.getMonthValue() + "月";
                case DAY -> year + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            };
        } else {
            text = switch (precision) {
                case YEAR -> year;
                case MONTH -> month + " " + year;
                case DAY -> date.getDayOfMonth() + " " + month + " " + year;
            };
        }
        if (time != null) {
            text += (language == Language.ZH ? " " : ", ") + clock();
        }
        return text;
    }

    /** A compact label: "Oct 2019", "776 BCE", "2019年10月". */
    public String shortFormat(Language language) {
        if (precision == DatePrecision.YEAR) {
            return yearText(language);
        }
        if (language == Language.ZH) {
            return yearText(language) + date.getMonthValue() + "月";
        }
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + yearText(language);
    }

    /** "2019", "776 BCE", "4,500,000 BCE"; "2019年", "公元前776年". */
    public String yearText(Language language) {
        long y = year();
        String digits = y >= 10_000 ? String.format(Locale.ROOT, "%,d", y) : Long.toString(y);
        if (language == Language.ZH) {
            return (isBce() ? "公元前" : "") + digits + "年";
        }
        return isBce() ? digits + " BCE" : digits;
    }

    private String clock() {
        return time.getSecond() == 0 ? String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
                : String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
    }

    /** Whether {@code date} is the first day of its period, as a year- or month-precise date must be. */
    public boolean isAligned() {
        return switch (precision) {
            case YEAR -> date.getDayOfYear() == 1;
            case MONTH -> date.getDayOfMonth() == 1;
            case DAY -> true;
        };
    }
}
