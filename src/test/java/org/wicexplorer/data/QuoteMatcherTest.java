package org.wicexplorer.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteMatcherTest {

    @Test
    void whitespaceRunsMatchEachOtherAndTheRangeCoversTheOriginalPassage() {
        String text = "Intro.\n\nThe   conference\n aims to build a platform.";
        QuoteMatcher.Range r = new QuoteMatcher(text).find("conference aims to build").orElseThrow();
        assertEquals("conference\n aims to build", text.substring(r.start(), r.end()));
    }

    @Test
    void onlyWhitespaceIsForgiven() {
        QuoteMatcher m = new QuoteMatcher("respect for cyber sovereignty");
        assertTrue(m.find("Respect for cyber sovereignty").isEmpty());
        assertTrue(m.find("respect for cyber-sovereignty").isEmpty());
        assertTrue(m.find("   ").isEmpty(), "an empty quote matches nothing");
    }

    @Test
    void chineseQuotesMatchVerbatim() {
        String text = "首届世界互联网大会举办于2014年11月19日至21日，首屆的主題爲";
        QuoteMatcher.Range r = new QuoteMatcher(text).find("2014年11月19日至21日").orElseThrow();
        assertEquals(12, r.start());
    }
}
