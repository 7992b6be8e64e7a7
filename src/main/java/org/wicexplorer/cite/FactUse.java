package org.wicexplorer.cite;

import org.wicexplorer.model.Text;

/**
 * One statement of the dataset that cites a source: what kind of statement it is, the edition it
 * belongs to (null for an era or a milestone tied to no edition), what it is about (the person,
 * controversy, document … or null for an edition's own fields) and what it says.
 */
public record FactUse(FactField field, String edition, Text subject, Text statement) {
}
