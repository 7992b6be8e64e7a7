package org.wicexplorer.model;

/** How far a citation can be trusted for the fact it supports. */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
