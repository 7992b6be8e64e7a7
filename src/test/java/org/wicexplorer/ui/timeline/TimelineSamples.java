package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The thirteen real editions and a few documents, controversies, milestones and eras, for tests and the demo. */
final class TimelineSamples {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Lanes like the app's: editions as bars with text, the rest as points. */
    static final TimelineLane EDITION = TimelineLane.bars("edition", "Editions");
    static final TimelineLane DOCUMENT = TimelineLane.points("document", "Documents");
    static final TimelineLane CONTROVERSY = TimelineLane.points("controversy", "Controversies");
    static final TimelineLane MILESTONE = TimelineLane.points("milestone", "Milestones");
    static final TimelineLane IMPORTED = TimelineLane.points("imported", "Imported");

    /** The sample lanes top to bottom. */
    static List<TimelineLane> lanes() {
        return List.of(EDITION, DOCUMENT, CONTROVERSY, MILESTONE, IMPORTED);
    }

    /** A view over all samples, with their lanes and eras, compressing around the editions. */
    static TimelineView view() {
        TimelineView view = new TimelineView(all());
        view.getLanes().setAll(lanes());
        view.setCompressAround(EDITION);
        view.setToday(TODAY);
        view.getEras().setAll(eras());
        return view;
    }

    private TimelineSamples() {
    }

    static List<TimelineItem<?>> editions() {
        return List.of(
                edition("e2014", "1st", "2014-11-19", "2014-11-21", "19–21 Nov",
                        "An Interconnected World Shared and Governed by All", false),
                edition("e2015", "2nd", "2015-12-16", "2015-12-18", "16–18 Dec",
                        "Building a Community of Common Future in Cyberspace", false),
                edition("e2016", "3rd", "2016-11-16", "2016-11-18", "16–18 Nov",
                        "Innovation-driven Internet Development for the Benefit of All", false),
                edition("e2017", "4th", "2017-12-03", "2017-12-05", "3–5 Dec",
                        "Develop Digital Economy and Promote Opening and Sharing", false),
                edition("e2018", "5th", "2018-11-07", "2018-11-09", "7–9 Nov",
                        "Creating a Digital World of Mutual Trust and Shared Governance", false),
                edition("e2019", "6th", "2019-10-20", "2019-10-22", "20–22 Oct",
                        "Intelligent Interconnection for Openness and Cooperation", true),
                edition("e2020", "Forum", "2020-11-23", "2020-11-24", "23–24 Nov",
                        "Digital Empowerment for a Better Future", true),
                edition("e2021", "2021 Summit", "2021-09-26", "2021-09-28", "26–28 Sep",
                        "Towards a New Era of Digital Civilization", false),
                edition("e2022", "2022 Summit", "2022-11-09", "2022-11-11", "9–11 Nov",
                        "Toward a Shared Digital Future in a Connected World", false),
                edition("e2023", "2023 Summit", "2023-11-08", "2023-11-10", "8–10 Nov",
                        "Creating an Inclusive and Resilient Digital World Beneficial to All", false),
                edition("e2024", "2024 Summit", "2024-11-19", "2024-11-22", "19–22 Nov",
                        "Embracing a People-centered and AI-for-good Digital Future", false),
                edition("e2025", "2025 Summit", "2025-11-06", "2025-11-09", "6–9 Nov",
                        "Forging an Open, Cooperative, Secure and Inclusive Future of Digital Intelligence", false),
                edition("e2026", "2026 Summit", "2026-11-03", null, "from 3 Nov, end not known", "", false));
    }

    static List<TimelineItem<?>> others() {
        return List.of(
                point("m-keynote", TimelineSamples.MILESTONE, "2015-12-16", "Keynote",
                        "Xi Jinping's keynote: four principles, five proposals"),
                point("m-intl-org", TimelineSamples.MILESTONE, "2022-07-12", "Intl. org.",
                        "WIC becomes an international organisation"),
                point("d-initiative", TimelineSamples.DOCUMENT, "2015-12-18", "Initiative", "Wuzhen Initiative"),
                point("d-report2016", TimelineSamples.DOCUMENT, "2016-11-18", "Report",
                        "Wuzhen Report on World Internet Development 2016"),
                point("d-concept", TimelineSamples.DOCUMENT, "2019-10-16", "Concept paper",
                        "Jointly Build a Community with a Shared Future in Cyberspace"),
                point("c-amnesty", TimelineSamples.CONTROVERSY, "2014-11-18", "Amnesty",
                        "Amnesty: a \"chilling\" conference"),
                new TimelineItem<>("c-declaration", TimelineSamples.CONTROVERSY, LocalDate.parse("2014-11-20"),
                        LocalDate.parse("2014-11-21"), "Declaration", "Draft declaration slid under doors",
                        "20–21 Nov 2014", null, true, Set.of("governance")),
                point("c-nyt", TimelineSamples.CONTROVERSY, "2015-12-15", "NYT barred",
                        "The New York Times denied entry"));
    }

    static List<TimelineEra> eras() {
        return List.of(
                new TimelineEra("era-forum", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "2020 forum year"),
                new TimelineEra("era-org", LocalDate.of(2022, 7, 12), null, "WIC as an international organisation"));
    }

    static List<TimelineItem<?>> all() {
        List<TimelineItem<?>> all = new ArrayList<>(editions());
        all.addAll(others());
        return all;
    }

    static TimelineItem<?> edition(String id) {
        return editions().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** {@code count} random items over 2014–2026 spread across all lanes, reproducible by seed. */
    static List<TimelineItem<?>> bulk(int count, long seed) {
        Random random = new Random(seed);
        long first = LocalDate.of(2014, 1, 1).toEpochDay();
        long last = LocalDate.of(2026, 11, 1).toEpochDay();
        TimelineLane[] lanes = lanes().toArray(new TimelineLane[0]);
        List<TimelineItem<?>> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate start = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
            LocalDate end = random.nextInt(4) == 0 ? start.plusDays(random.nextInt(5)) : null;
            TimelineLane lane = lanes[random.nextInt(lanes.length)];
            items.add(new TimelineItem<>("bulk-" + i, lane, start, end, "#" + i, "Event number " + i,
                    start.toString(), null, random.nextInt(10) == 0, Set.of(i % 2 == 0 ? "even" : "odd")));
        }
        return items;
    }

    private static TimelineItem<?> edition(String id, String label, String start, String end, String dates,
                                        String theme, boolean disputed) {
        LocalDate s = LocalDate.parse(start);
        String spoken = label + " World Internet Conference, " + dates + " " + s.getYear()
                + (theme.isEmpty() ? "" : ", theme: " + theme) + (disputed ? ", disputed" : "");
        return new TimelineItem<>(id, TimelineSamples.EDITION, s, end == null ? null : LocalDate.parse(end), label, theme,
                dates, spoken, disputed, Set.of(disputed ? "disputed" : "settled"));
    }

    private static TimelineItem<?> point(String id, TimelineLane lane, String date, String label, String title) {
        return new TimelineItem<>(id, lane, LocalDate.parse(date), null, label, title, null, null, false, Set.of());
    }
}
