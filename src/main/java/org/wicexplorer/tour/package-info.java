/**
 * Tours: ordered steps through the dataset (editions, controversies, quotes, passages) with a teacher's
 * notes. Plain records with no UI toolkit or JSON library; reading and saving tour files is in
 * {@code org.wicexplorer.data.TourFiles}, showing them in {@code org.wicexplorer.ui.present}.
 */
package org.wicexplorer.tour;
