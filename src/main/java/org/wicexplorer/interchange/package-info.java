/**
 * Import and export: the app's own JSON, TimelineJS JSON, CSV, and plain-text or Markdown documents.
 * Pure code, no JavaFX: each codec turns bytes into a dataset fragment (through {@code DatasetLoader},
 * so every import is validated by the same rules as the bundled file) or a dataset into bytes. Input is
 * read only inside the folder the user chose, strictly as UTF-8, within size limits
 * (docs/import-export.md, ADR 0009).
 */
package org.wicexplorer.interchange;
