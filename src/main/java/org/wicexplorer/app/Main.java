package org.wicexplorer.app;

import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.LoadResult;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;

import java.io.PrintStream;

/**
 * The entry point. Deliberately not a JavaFX {@code Application}: command-line tasks such as
 * {@code --validate} run without starting the toolkit, so they work on a machine with no display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // POI brings Log4j's API without an implementation (ADR 0013); its simple logger keeps stderr quiet.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        CommandLine options = CommandLine.parse(args);
        if (options.isBatch()) {
            System.exit(run(options, System.out, System.err));
        }
        if (options.benchmark()) {
            LaunchMetrics.record();
            LaunchMetrics.mark("main");
        }
        StartupPreload.start(options);
        ExplorerApp.launchWith(args);
    }

    static int run(CommandLine options, PrintStream out, PrintStream err) {
        if (!options.errors().isEmpty()) {
            options.errors().forEach(e -> err.println("wic-explorer: " + e));
            err.println(CommandLine.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(CommandLine.USAGE);
            return 0;
        }
        if (options.version()) {
            out.println("WIC Timeline Explorer " + AppInfo.version());
            return 0;
        }
        if (options.exportCitations() != null) {
            return CitationsCommand.run(options, out, err);
        }
        if (!options.imports().isEmpty() || options.export() != null) {
            return InterchangeCommand.run(options, out, err);
        }
        if (options.exportPdf() != null || options.exportPng() != null || options.exportDeck() != null) {
            return ExportCommand.run(options, out, err);
        }
        if (options.search() != null) {
            return SearchCommand.run(options.search(), out, err);
        }
        return validate(options, out);
    }

    private static int validate(CommandLine options, PrintStream out) {
        SeedLibrary seeds;
        try {
            seeds = SeedLibrary.bundled();
        } catch (DataException e) {
            e.problems().forEach(out::println);
            return 1;
        }
        LoadResult result = new DatasetLoader(seeds).load(options.validate());
        if (!result.ok()) {
            result.problems().forEach(out::println);
            out.println(result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems"));
            return 1;
        }
        Dataset d = result.dataset();
        out.printf("OK: %d editions, %d people, %d controversies, %d citations%n",
                d.editions().size(), d.people().size(), d.controversies().size(), d.citations().size());
        return 0;
    }
}
