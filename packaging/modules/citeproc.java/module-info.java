// ADR 0012: citeproc-java 3.4.0 as an explicit module for jlink, named as its automatic module is
// (generated with jdeps --multi-release 17 --ignore-missing-deps --generate-module-info). SnakeYAML,
// which only its YAML bibliography reader needs, is left out; the app never reads YAML.
module citeproc.java {
    requires org.apache.commons.lang3;
    requires org.apache.commons.text;
    requires transitive java.xml;
    requires transitive jbibtex;
    requires transitive org.antlr.antlr4.runtime;
    exports de.undercouch.citeproc;
    exports de.undercouch.citeproc.bibtex;
    exports de.undercouch.citeproc.bibtex.internal;
    exports de.undercouch.citeproc.csl;
    exports de.undercouch.citeproc.csl.internal;
    exports de.undercouch.citeproc.csl.internal.behavior;
    exports de.undercouch.citeproc.csl.internal.format;
    exports de.undercouch.citeproc.csl.internal.helper;
    exports de.undercouch.citeproc.csl.internal.locale;
    exports de.undercouch.citeproc.csl.internal.rendering;
    exports de.undercouch.citeproc.csl.internal.rendering.condition;
    exports de.undercouch.citeproc.csl.internal.token;
    exports de.undercouch.citeproc.endnote;
    exports de.undercouch.citeproc.helper;
    exports de.undercouch.citeproc.helper.json;
    exports de.undercouch.citeproc.helper.time;
    exports de.undercouch.citeproc.output;
    exports de.undercouch.citeproc.ris;
}
