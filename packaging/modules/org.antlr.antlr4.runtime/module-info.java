// ADR 0012: the ANTLR 4.12 runtime citeproc-java parses with, as an explicit module for jlink
// (generated with jdeps --generate-module-info).
module org.antlr.antlr4.runtime {
    exports org.antlr.v4.runtime;
    exports org.antlr.v4.runtime.atn;
    exports org.antlr.v4.runtime.dfa;
    exports org.antlr.v4.runtime.misc;
    exports org.antlr.v4.runtime.tree;
    exports org.antlr.v4.runtime.tree.pattern;
    exports org.antlr.v4.runtime.tree.xpath;
}
