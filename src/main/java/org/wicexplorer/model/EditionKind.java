package org.wicexplorer.model;

/** What an edition was called: a numbered conference (2014–2019), the 2020 forum, or a Wuzhen Summit (2021–). */
public enum EditionKind {
    CONFERENCE, FORUM, SUMMIT
}
