package org.wicexplorer.interchange;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;

/**
 * What may leave the app in an export: web addresses, never a path of the user's machine. A citation to an
 * imported file names the file, not where it lay: {@code urn:wic-import:events.csv}.
 */
public final class Privacy {
    static final String IMPORT_URN = "urn:wic-import:";

    private Privacy() {
    }

    /** An http(s) address; never file:, a urn: or a bare path. */
    static boolean isLink(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** The citation address for an imported file: its name only. */
    static String importedFile(String fileName) {
        return IMPORT_URN + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The dataset with every {@code file:} address (older imports stored them) replaced by the file's name. */
    public static Dataset scrub(Dataset d) {
        if (d.citations().stream().noneMatch(c -> isLocal(c.url()))) {
            return d;
        }
        return new Dataset(d.info(), d.topics(), d.editions(), d.people(), d.appearances(), d.controversies(),
                d.documents(), d.milestones(), d.eras(), d.conflicts(), d.aliases(),
                d.citations().stream().map(Privacy::scrub).toList());
    }

    private static Citation scrub(Citation c) {
        if (!isLocal(c.url())) {
            return c;
        }
        String name;
        try {
            Path p = Path.of(URI.create(c.url().strip()));
            name = p.getFileName() == null ? "file" : p.getFileName().toString();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            String u = c.url().strip();
            name = u.substring(u.lastIndexOf('/') + 1);
        }
        String note = c.note() == null ? null : c.note().replace(c.url(), name);
        return new Citation(c.id(), c.document(), importedFile(name), c.publisher(), c.title(), c.date(), c.quote(),
                c.confidence(), note);
    }

    static boolean isLocal(String url) {
        return url != null && (url.strip().toLowerCase(Locale.ROOT).startsWith("file:") || url.strip().startsWith("/"));
    }
}
