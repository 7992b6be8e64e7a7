package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 18: the axis writes a year before the common era as BCE (公元前), never as ISO's negative year. */
class AxisBceYearsTest {
    private static DateTimeFormatter years(Locale locale, boolean month) throws Exception {
        Method m = AxisTicks.class.getDeclaredMethod("years", Locale.class, boolean.class);
        m.setAccessible(true);
        return (DateTimeFormatter) m.invoke(null, locale, month);
    }

    @Test
    void yearsReadAsHistoriansWriteThem() throws Exception {
        assertEquals("2014", years(Locale.ENGLISH, false).format(LocalDate.of(2014, 1, 1)));
        assertEquals("3000 BCE", years(Locale.ENGLISH, false).format(LocalDate.of(-2999, 1, 1)));
        assertEquals("1 BCE", years(Locale.ENGLISH, false).format(LocalDate.of(0, 1, 1)));
        assertEquals("公元前776", years(Locale.SIMPLIFIED_CHINESE, false).format(LocalDate.of(-775, 1, 1)));
        assertEquals("2014", years(Locale.SIMPLIFIED_CHINESE, false).format(LocalDate.of(2014, 6, 1)));
        assertTrue(years(Locale.ENGLISH, true).format(LocalDate.of(2019, 10, 1)).endsWith(" 2019"));
    }

    @Test
    void ticksFallOnRoundHistoricalYears() throws Exception {
        Method align = AxisTicks.class.getDeclaredMethod("align", LocalDate.class, AxisTicks.Step.class);
        Method next = AxisTicks.class.getDeclaredMethod("next", LocalDate.class, AxisTicks.Step.class);
        align.setAccessible(true);
        next.setAccessible(true);
        AxisTicks.Step thousand = new AxisTicks.Step(AxisTicks.Unit.YEAR, 1000);
        DateTimeFormatter f = years(Locale.ENGLISH, false);
        LocalDate d = (LocalDate) align.invoke(null, LocalDate.of(-3100, 5, 1), thousand);
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            labels.add(f.format(d));
            d = (LocalDate) next.invoke(null, d, thousand);
        }
        assertEquals(java.util.List.of("3000 BCE", "2000 BCE", "1000 BCE", "1000", "2000"), labels);
    }
}
