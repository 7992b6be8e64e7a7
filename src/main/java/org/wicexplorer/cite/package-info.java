/**
 * Citations as a reader works with them, without the UI toolkit: which facts rest on which passage of
 * a seed document (the reverse of a fact's {@code sources}), and a citation written out in a style a
 * researcher can paste into a paper.
 */
package org.wicexplorer.cite;
