package org.wicexplorer.interchange;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wicexplorer.model.DatePrecision;
import org.wicexplorer.model.HistoricalDate;

/**
 * Dates as spreadsheets write them (docs/import-export.md, "Dates in CSV"): ISO {@code 2019-10-20},
 * {@code 2019-10}, {@code 2019}, {@code 2019/10/20}, {@code 20.10.2019}, {@code 20/10/2019} or
 * {@code 10/20/2019}, {@code 20 October 2019}, {@code October 20, 2019}, {@code 2019年10月20日}, each with an
 * optional time {@code 09:30}; BCE as {@code 776 BCE}, {@code 776 BC}, {@code 公元前776年} or {@code -776}
 * (as TimelineJS writes it). A slashed or dashed day and month is read in the order the file's unambiguous
 * dates show; when nothing shows it, a date such as 03/04/2019 is refused as ambiguous.
 */
final class DateText {
    /** How the file writes a day and a month separated by slashes. */
    enum Order { UNKNOWN, DAY_FIRST, MONTH_FIRST }

    /** A date read, or why not; {@code order} is what this value proves about the file's order. */
    record Result(TimelineJs.When when, String error, Order proves, boolean ambiguous) {
    }

    private static final String TIME = "(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";
    private static final Pattern ISO = Pattern.compile("(-?)(\\d{1,9})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?" + TIME);
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})" + TIME);
    private static final Pattern BCE = Pattern.compile("(?i)(\\d{1,9})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?\\s*(?:BCE|BC|B\\.C\\.E?\\.?)");
    private static final Pattern CE = Pattern.compile("(?i)(?:(?:AD|A\\.D\\.)\\s*(\\d{1,9})|(\\d{1,9})\\s*(?:CE|AD|C\\.E\\.))");
    private static final Pattern ZH = Pattern.compile("(公元前|公元)?\\s*(\\d{1,9})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?" + TIME);
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)(\\d{1,2})\\s+([a-z]+)\\.?,?\\s+(\\d{1,9})" + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{1,9})" + TIME);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)([a-z]+)\\.?,?\\s+(\\d{1,9})");

    private DateText() {
    }

    static Result parse(String text, Order order) {
        String v = text.strip();
        Matcher m;
        if ((m = NUMERIC.matcher(v)).matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            if (m.group(2).equals(".")) {
                return day(v, year, b, a, m, 5, Order.UNKNOWN);
            }
            if (a > 12 && b <= 12) {
                return day(v, year, b, a, m, 5, Order.DAY_FIRST);
            }
            if (b > 12 && a <= 12) {
                return day(v, year, a, b, m, 5, Order.MONTH_FIRST);
            }
            if (a == b) {
                return day(v, year, a, b, m, 5, Order.UNKNOWN);
            }
            return switch (order) {
                case DAY_FIRST -> day(v, year, b, a, m, 5, Order.UNKNOWN);
                case MONTH_FIRST -> day(v, year, a, b, m, 5, Order.UNKNOWN);
                case UNKNOWN -> new Result(null, null, Order.UNKNOWN, true);
            };
        }
        if ((m = ISO.matcher(v)).matches()) {
            long year = Long.parseLong(m.group(2));
            boolean bce = !m.group(1).isEmpty();
            Integer month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            Integer day = m.group(4) == null ? null : Integer.valueOf(m.group(4));
            return of(v, year, bce, month, day, m, 5);
        }
        if ((m = BCE.matcher(v)).matches()) {
            return of(v, Long.parseLong(m.group(1)), true, m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3)), null, 0);
        }
        if ((m = CE.matcher(v)).matches()) {
            return of(v, Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2)), false, null, null, null, 0);
        }
        if ((m = ZH.matcher(v)).matches()) {
            return of(v, Long.parseLong(m.group(2)), "公元前".equals(m.group(1)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3)),
                    m.group(4) == null ? null : Integer.valueOf(m.group(4)), m, 5);
        }
        if ((m = DAY_MONTH.matcher(v)).matches() && month(m.group(2)) != null) {
            return of(v, Long.parseLong(m.group(3)), false, month(m.group(2)), Integer.valueOf(m.group(1)), m, 4);
        }
        if ((m = MONTH_DAY.matcher(v)).matches() && month(m.group(1)) != null) {
            return of(v, Long.parseLong(m.group(3)), false, month(m.group(1)), Integer.valueOf(m.group(2)), m, 4);
        }
        if ((m = MONTH_YEAR.matcher(v)).matches() && month(m.group(1)) != null) {
            return of(v, Long.parseLong(m.group(2)), false, month(m.group(1)), null, null, 0);
        }
        return new Result(null, Words.err("notADate"), Order.UNKNOWN, false);
    }

    private static Result day(String v, int year, int month, int day, Matcher m, int timeGroup, Order proves) {
        Result r = of(v, year, false, month, day, m, timeGroup);
        return new Result(r.when(), r.error(), r.error() == null ? proves : Order.UNKNOWN, false);
    }

    /** English month names and their usual abbreviations. */
    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (n.length() >= 3 && full.startsWith(n) || n.equals("sept") && month == Month.SEPTEMBER) {
                return month.getValue();
            }
        }
        return null;
    }

    private static Result of(String v, long year, boolean bce, Integer month, Integer day, Matcher m, int timeGroup) {
        if (year == 0) {
            return new Result(null, Words.err("yearZero"), Order.UNKNOWN, false);
        }
        long iso = HistoricalDate.isoYear(year, bce);
        if (iso < HistoricalDate.MIN_ISO_YEAR || iso > HistoricalDate.MAX_ISO_YEAR) {
            return new Result(null, Words.err("yearRange", v, 1 - HistoricalDate.MIN_ISO_YEAR, HistoricalDate.MAX_ISO_YEAR),
                    Order.UNKNOWN, false);
        }
        try {
            LocalDate date = LocalDate.of((int) iso, month == null ? 1 : month, day == null ? 1 : day);
            DatePrecision precision = month == null ? DatePrecision.YEAR : day == null ? DatePrecision.MONTH : DatePrecision.DAY;
            LocalTime time = null;
            if (m != null && timeGroup > 0 && m.group(timeGroup) != null) {
                if (precision != DatePrecision.DAY) {
                    return new Result(null, Words.err("timeNeedsDay"), Order.UNKNOWN, false);
                }
                time = LocalTime.of(Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)),
                        m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2)));
            }
            return new Result(new TimelineJs.When(date, precision, time, null), null, Order.UNKNOWN, false);
        } catch (DateTimeException e) {
            return new Result(null, Words.err("notADateBecause", e.getMessage()), Order.UNKNOWN, false);
        }
    }

    /** How the CSV export writes a date: "2019-10-20", "2019-10", "2019", "776 BCE", "2019-10-20 09:30". */
    static String write(HistoricalDate d) {
        String year = Long.toString(d.year());
        String text = switch (d.precision()) {
            case YEAR -> year;
            case MONTH -> year + String.format(Locale.ROOT, "-%02d", d.date().getMonthValue());
            case DAY -> year + String.format(Locale.ROOT, "-%02d-%02d", d.date().getMonthValue(), d.date().getDayOfMonth());
        };
        if (!d.isBce() && d.year() < 1000) {
            text = "0".repeat(4 - year.length()) + text;
        }
        if (d.time() != null) {
            text += " " + (d.time().getSecond() == 0 ? String.format(Locale.ROOT, "%02d:%02d", d.time().getHour(), d.time().getMinute())
                    : d.time().toString());
        }
        return d.isBce() ? text + " BCE" : text;
    }
}
