package org.wicexplorer.data;

import org.wicexplorer.model.AliasGroup;
import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.ConferenceDocument;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.DatasetInfo;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Person;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.model.Topic;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parts of a dataset file that converted cleanly, each element still knowing where it came from. */
record DatasetSections(Integer formatVersion, Located<DatasetInfo> info, List<Located<Topic>> topics,
                       List<Located<Edition>> editions, List<Located<Person>> people,
                       List<Located<Appearance>> appearances, List<Located<Controversy>> controversies,
                       List<Located<ConferenceDocument>> documents, List<Located<Milestone>> milestones,
                       List<Located<Era>> eras, List<Located<SourceConflict>> conflicts,
                       List<Located<AliasGroup>> aliases, List<Located<Citation>> citations,
                       Map<String, Set<String>> unreadableIds) {

    /**
     * Ids of elements that failed to convert, by section name. They still count as existing, so one
     * broken edition yields one problem rather than one more for every reference to it.
     */
    Set<String> unreadableIds(String section) {
        return unreadableIds.getOrDefault(section, Set.of());
    }

    Dataset toDataset() {
        return new Dataset(info == null ? null : info.value(), values(topics), values(editions), values(people),
                values(appearances), values(controversies), values(documents), values(milestones), values(eras),
                values(conflicts), values(aliases), values(citations));
    }

    private static <T> List<T> values(List<Located<T>> items) {
        return items.stream().map(Located::value).toList();
    }
}
