package org.wicexplorer.data;

import org.junit.jupiter.api.Test;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check of a dataset built in memory (after each edit of the user's layer). Where seed quotes stand is
 * worked out once per library and quote; the findings are the same as with every quote looked up afresh.
 */
class DatasetCheckTest {

    @Test
    void aSeedQuoteIsLocatedOnceAndAnsweredTheSameWayAfter() throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        String id = "xi-2015-opening-speech";
        String quote = "16 December 2015, Wuzhen";
        Optional<QuoteMatcher.Range> first = seeds.locate(id, quote);
        assertTrue(first.isPresent());
        assertSame(first, seeds.locate(id, quote), "the second answer is the one worked out the first time");
        assertEquals(new QuoteMatcher(seeds.text(id)).find(quote), first, "as a matcher of the text finds it");
        assertTrue(seeds.locate(id, "words this speech never says").isEmpty());
        assertTrue(seeds.locate("no-such-document", quote).isEmpty());
    }

    @Test
    void theFindingsOfACheckDoNotDependOnWhatWasLocatedBefore() throws Exception {
        SeedLibrary warm = SeedLibrary.bundled();
        Dataset bundled = new DatasetLoader(warm).loadBundled().dataset();
        assertEquals(List.of(), DatasetCheck.check(bundled, warm), "the bundled data is valid");

        // One seed quote edited so that the seed no longer holds it, as a user's edit might.
        List<Citation> citations = new ArrayList<>(bundled.citations());
        int at = 0;
        while (!citations.get(at).isSeed()) {
            at++;
        }
        Citation c = citations.get(at);
        citations.set(at, new Citation(c.id(), c.document(), c.url(), c.publisher(), c.title(), c.date(),
                c.quote() + " and words the source never says", c.confidence(), c.note()));
        Dataset edited = new Dataset(bundled.info(), bundled.topics(), bundled.editions(), bundled.people(),
                bundled.appearances(), bundled.controversies(), bundled.documents(), bundled.milestones(),
                bundled.eras(), bundled.conflicts(), bundled.aliases(), citations);

        List<DatasetCheck.Finding> afterWarm = DatasetCheck.check(edited, warm);
        List<DatasetCheck.Finding> cold = DatasetCheck.check(edited, SeedLibrary.bundled());
        assertEquals(1, cold.size(), () -> cold.toString());
        assertEquals("/citations/" + at + "/quote", cold.get(0).pointer());
        assertEquals(cold, afterWarm, "the same findings from a library that located every other quote before");
        assertEquals(cold, DatasetCheck.check(edited, warm), "and the same again");
        assertEquals(List.of(), DatasetCheck.check(bundled, warm), "the quote as it was is found again");
    }

    @Test
    void anIdHasTheFormTheDatasetFormatGivesAsAPattern() {
        java.util.regex.Pattern form = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        for (String id : List.of("wic-2015", "a", "9", "c-2016-theme-report", "", "-", "-a", "a-", "a--b", "A", "wic_2015",
                "wic 2015", "é", "a-b-c", "ab-12-cd", "x-", "--", "a-B")) {
            assertEquals(form.matcher(id).matches(), DatasetValidator.isId(id), id);
        }
    }
}
