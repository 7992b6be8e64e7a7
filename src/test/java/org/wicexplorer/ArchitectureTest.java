package org.wicexplorer;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering the build enforces (ADR 0001), on the compiled classes rather than on import lines: a fully
 * qualified name, a wildcard import or a type reached through a method's signature counts as much as an import.
 */
class ArchitectureTest {

    /**
     * The packages that are plain Java: they run in the command line, the benchmarks and the tests without a
     * toolkit (the nine of ADR 0001, and deck, the tour as slides).
     */
    static final String[] TOOLKIT_FREE = {
            "org.wicexplorer.model..", "org.wicexplorer.data..", "org.wicexplorer.text..", "org.wicexplorer.search..",
            "org.wicexplorer.cite..", "org.wicexplorer.tour..", "org.wicexplorer.userdata..",
            "org.wicexplorer.interchange..", "org.wicexplorer.handout..", "org.wicexplorer.deck.."};

    static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.wicexplorer");
    }

    @Test
    void theToolkitFreePackagesUseNoJavaFx() {
        ArchRule rule = noClasses().that().resideInAnyPackage(TOOLKIT_FREE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..")
                .because("the model, data, search, citation, tour, user-data, interchange and handout code must run "
                        + "without a display (command line, benchmarks, plain JUnit)");
        rule.check(production);
    }

    @Test
    void theModelDependsOnNothingButItselfAndTheJdk() {
        classes().that().resideInAPackage("org.wicexplorer.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.wicexplorer.model..", "java..")
                .because("the model is plain records that every layer shares (ADR 0001)")
                .check(production);
    }

    @Test
    void toursArePlainRecordsOverTheModel() {
        classes().that().resideInAPackage("org.wicexplorer.tour..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.wicexplorer.tour..", "org.wicexplorer.model..", "java..")
                .because("tour files are read and written in data; a tour itself is plain records (ADR 0005)")
                .check(production);
    }

    @Test
    void thereAreNoCyclesBetweenTopLevelPackages() {
        slices().matching("org.wicexplorer.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void thereAreNoCyclesBetweenTheToolkitFreePackages() {
        // Finer than the rule above: search may use text, but text must not reach back into search.
        slices().matching("org.wicexplorer.(*).(**)").should().beFreeOfCycles()
                .as("sub-packages of the toolkit-free layers are free of cycles")
                .allowEmptyShould(true)
                .check(production.that(JavaClass.Predicates
                        .resideOutsideOfPackages("org.wicexplorer.ui..", "org.wicexplorer.app..")));
    }

    @Test
    void theUserInterfaceReachesJsonAndTheIndexOnlyThroughTheLayersBelow() {
        noClasses().that().resideInAnyPackage("org.wicexplorer.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.apache.lucene..")
                .because("reading files and searching belong to data, userdata, interchange and search, "
                        + "so that they can be tested and benchmarked without a window")
                .check(production);
    }

    @Test
    void nothingDependsOnTheApplicationShell() {
        noClasses().that().resideOutsideOfPackage("org.wicexplorer.app..")
                .should().dependOnClassesThat().resideInAPackage("org.wicexplorer.app..")
                .because("app is the composition root and the command line: it uses everything, nothing uses it")
                .check(production);
    }

    @Test
    void theToolkitFreeLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage(TOOLKIT_FREE)
                .should().dependOnClassesThat().resideInAnyPackage("org.wicexplorer.ui..", "org.wicexplorer.app..")
                .check(production);
    }

    @Test
    void theTimelineControlKnowsNothingOfTheDataset() {
        // The timeline is a reusable control over its own lanes and marks; ui.EditionTimeline adapts the dataset to it.
        noClasses().that().resideInAPackage("org.wicexplorer.ui.timeline..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.wicexplorer..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("org.wicexplorer.ui.timeline..")))
                .because("the timeline is a control over its own lanes and marks, reusable and testable alone")
                .check(production);
    }

    @Test
    void featuresDoNotReachIntoTheWindowThatHoldsThem() {
        // Features get what they need (navigator, model, dialogs) handed in; they do not know the window class.
        // ui.userdata still rebuilds the window after an edit: issue #12 replaces that with an update in place,
        // and with it this exception goes.
        noClasses().that().resideInAPackage("org.wicexplorer.ui.(*)..")
                .and().resideOutsideOfPackage("org.wicexplorer.ui.userdata..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.wicexplorer.ui.MainWindow")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.wicexplorer.ui.ExplorerToolbar")
                .check(production);
    }
}
