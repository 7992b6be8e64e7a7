package org.wicexplorer.bench.data;

import org.wicexplorer.ui.timeline.TimelineItem;
import org.wicexplorer.ui.timeline.TimelineLane;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic timeline events, 2014 to 2026: the thirteen editions, then sessions, documents, controversies
 * and milestones in the other three lanes. Written as TSV ({@code id, lane, start, end, label, title,
 * disputed, topic}) and read back as {@link TimelineItem}s. Most are sessions and speeches clustered on
 * the conference days of each November (as a real programme would be), the rest spread over the years;
 * a quarter last several days; labels and titles mix English and 中文.
 */
public final class Events {
    private static final String[] TOPICS = {"governance", "economy", "security", "ai", "culture"};
    private static final String[] EN = {"Session", "Forum", "Keynote", "Report", "Panel", "Expo", "Release"};
    private static final String[] ZH = {"分论坛", "主论坛", "发布会", "对话", "报告", "展览"};

    /**
     * The lanes of the generated events, as the app's (issue 15: lanes are data). Their ids are the names the TSV
     * files have always used, so files written before stay readable.
     */
    public static final TimelineLane EDITION = new TimelineLane("EDITION", "Editions", "lane-edition",
            TimelineLane.Kind.BARS_WITH_TEXT);
    public static final List<TimelineLane> LANES = List.of(EDITION,
            new TimelineLane("DOCUMENT", "Documents", "lane-document", TimelineLane.Kind.POINTS),
            new TimelineLane("CONTROVERSY", "Controversies", "lane-controversy", TimelineLane.Kind.POINTS),
            new TimelineLane("MILESTONE", "Milestones", "lane-milestone", TimelineLane.Kind.POINTS),
            new TimelineLane("IMPORTED", "Imported", "lane-imported", TimelineLane.Kind.POINTS));

    private Events() {
    }

    private static TimelineLane lane(String id) {
        return LANES.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lane " + id));
    }

    public static List<TimelineItem<?>> generate(int count, long seed) {
        Random random = new Random(seed);
        long first = LocalDate.of(2014, 1, 1).toEpochDay();
        long last = LocalDate.of(2026, 11, 1).toEpochDay();
        TimelineLane[] lanes = LANES.toArray(new TimelineLane[0]);
        List<TimelineItem<?>> items = new ArrayList<>(count);
        // The edition lane holds what the real one holds: one conference a year, 2014 to 2026.
        for (int year = 2014; year <= 2026 && items.size() < count; year++) {
            LocalDate start = LocalDate.of(year, 11, 16);
            items.add(new TimelineItem<>("edition-" + year, EDITION, start, start.plusDays(2),
                    year + " Summit", "Theme of the " + year + " conference 网络空间", "16–18 Nov", null,
                    year % 5 == 0, Set.of("governance")));
        }
        for (int i = items.size(); i < count; i++) {
            LocalDate start;
            if (random.nextInt(10) < 6) {
                // During a conference: a few days in mid-November of one of the thirteen years.
                int year = 2014 + random.nextInt(13);
                start = LocalDate.of(year, 11, 15).plusDays(random.nextInt(6));
            } else {
                start = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
            }
            LocalDate end = random.nextInt(4) == 0 ? start.plusDays(1 + random.nextInt(5)) : null;
            TimelineLane lane = lanes[1 + random.nextInt(lanes.length - 1)];
            boolean zh = random.nextInt(3) == 0;
            String label = (zh ? ZH[random.nextInt(ZH.length)] : EN[random.nextInt(EN.length)]) + " " + i;
            String title = zh ? "第" + i + "场 网络空间命运共同体" : "Event " + i + " on the digital economy";
            items.add(new TimelineItem<>("bench-" + i, lane, start, end, label, title, start.toString(), null,
                    random.nextInt(20) == 0, Set.of(TOPICS[random.nextInt(TOPICS.length)])));
        }
        return items;
    }

    public static void write(Path file, List<TimelineItem<?>> items) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (TimelineItem<?> t : items) {
                w.write(String.join("\t", t.id(), t.lane().id(), t.start().toString(),
                        t.end() == null ? "" : t.end().toString(), t.label(), t.title(),
                        Boolean.toString(t.disputed()), t.topics().iterator().next()));
                w.write('\n');
            }
        }
    }

    public static List<TimelineItem<?>> read(Path file) throws IOException {
        List<TimelineItem<?>> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            LocalDate start = LocalDate.parse(f[2]);
            items.add(new TimelineItem<>(f[0], lane(f[1]), start,
                    f[3].isEmpty() ? null : LocalDate.parse(f[3]), f[4], f[5], f[2], null,
                    Boolean.parseBoolean(f[6]), Set.of(f[7])));
        }
        return items;
    }
}
