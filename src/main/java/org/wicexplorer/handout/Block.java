package org.wicexplorer.handout;

import java.util.List;

/**
 * A paragraph of the handout before it is laid out: its runs, the citations it rests on (numbered and
 * marked when it is placed on a page), and whether it must stay on the page of the block after it,
 * as a heading must.
 */
record Block(List<Run> runs, List<String> sources, float indent, float hangingIndent, float spaceBefore,
             boolean keepWithNext) {

    Block {
        runs = List.copyOf(runs);
        sources = List.copyOf(sources);
    }
}
