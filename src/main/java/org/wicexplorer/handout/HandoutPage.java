package org.wicexplorer.handout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page as laid out: body lines from the top, footnotes from the foot. Notes are numbered from 1 on
 * each page, in the order they are first cited there; a citation cited twice on a page keeps its number,
 * and so does a second citation with the same note; a further quote from a source already noted refers
 * to that note (PageComposer).
 */
final class HandoutPage {
    final List<Line> body = new ArrayList<>();
    final List<Line> notes = new ArrayList<>();
    final Map<String, Integer> numbers = new LinkedHashMap<>();
    final String editionId;
    float bodyHeight;
    float notesHeight;

    HandoutPage(String editionId) {
        this.editionId = editionId;
    }
}
