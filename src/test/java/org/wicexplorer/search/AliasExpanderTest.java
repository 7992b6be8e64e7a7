package org.wicexplorer.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AliasExpanderTest {
    private final AliasExpander aliases = new AliasExpander(List.of(
            List.of("Wuzhen", "乌镇", "烏鎮"),
            List.of("cyber sovereignty", "网络主权", "網路主權"),
            List.of("Internet sovereignty", "网络主权"),
            List.of("Xi Jinping", "习近平"),
            List.of("Ma")), SearchAnalyzers.bigramsAndStems());

    private String expand(String query) {
        return aliases.expand(query).query();
    }

    @Test
    void anAliasAlsoLooksForItsOtherNamesOnceEachHoweverSpelt() {
        AliasExpander.Expansion e = aliases.expand("Wuzhen summit");
        // 烏鎮 folds to 乌镇, so it is not searched twice.
        assertEquals("((Wuzhen) OR \"乌镇\") summit", e.query());
        assertEquals(List.of("乌镇"), e.alsoSearched());
    }

    @Test
    void matchingIgnoresCaseScriptAndInflection() {
        assertEquals("((烏鎮) OR \"Wuzhen\")", expand("烏鎮"));
        assertTrue(expand("CYBER SOVEREIGNTY").contains("OR \"网络主权\""));
        assertTrue(expand("網絡主權").contains("OR \"cyber sovereignty\""));
    }

    @Test
    void groupsSharingANameAreMerged() {
        String q = expand("网络主权");
        assertTrue(q.contains("\"cyber sovereignty\"") && q.contains("\"Internet sovereignty\"") && q.contains("\"網路主權\""), q);
    }

    @Test
    void onlyWholeWordsMatch() {
        assertEquals("Wuzhenese", expand("Wuzhenese"));
        assertEquals("Mark", expand("Mark"));
    }

    @Test
    void theLongestAliasWins() {
        assertEquals("president ((Xi Jinping) OR \"习近平\") spoke", expand("president Xi Jinping spoke"));
    }

    @Test
    void aChineseAliasInsideALongerRunIsSplitOut() {
        assertEquals("((乌镇) OR \"Wuzhen\") 峰会", expand("乌镇峰会"));
    }

    @Test
    void aliasesInsideQuotesGivePhraseVariants() {
        assertEquals("((\"Wuzhen summit\") OR \"乌镇 summit\")", expand("\"Wuzhen summit\""));
    }

    @Test
    void operatorsAndPrefixesKeepApplyingToTheWholeGroup() {
        assertEquals("-((Wuzhen) OR \"乌镇\") conference", expand("-Wuzhen conference"));
    }

    @Test
    void aQueryWithoutAliasesIsLeftAlone() {
        AliasExpander.Expansion e = aliases.expand("digital economy");
        assertEquals("digital economy", e.query());
        assertTrue(e.alsoSearched().isEmpty());
    }

    @Test
    void aliasTextIsEscapedForTheQueryParser() {
        AliasExpander tricky = new AliasExpander(List.of(List.of("防火长城", "the \"Great\" Firewall!")),
                SearchAnalyzers.bigramsAndStems());
        String q = tricky.expand("防火长城").query();
        assertEquals("((防火长城) OR \"the \\\"Great\\\" Firewall\\!\")", q);
        Queries.Parsed parsed = Queries.parse("防火长城", SearchAnalyzers.perField(), tricky);
        assertTrue(parsed.query().toString().contains("great firewal\""), parsed.query().toString());
    }
}
