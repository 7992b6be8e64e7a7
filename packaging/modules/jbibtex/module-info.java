// ADR 0012: jbibtex 1.0.20 as an explicit module for jlink (generated with jdeps --generate-module-info).
module jbibtex {
    exports org.jbibtex;
}
