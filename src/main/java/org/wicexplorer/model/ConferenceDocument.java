package org.wicexplorer.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A document released at or discussed around an edition, such as the Wuzhen Initiative. {@code seed}
 * names the seed document holding its full text, when the app ships one.
 */
public record ConferenceDocument(String id, String edition, Text title, DocumentKind kind, LocalDate date,
                                 String seed, Fact summary, List<String> topics) {

    public ConferenceDocument {
        topics = ModelLists.copy(topics);
    }
}
