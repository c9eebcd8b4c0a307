package org.millwright.ingest.internal.decode;

import java.util.Optional;
import org.millwright.model.Isa95Location;

/**
 * A unified-namespace topic {@code enterprise/site/area/line/asset/signal}, split into its six levels.
 * Parsing never throws: a topic of another shape parses to empty and {@link #problem} explains why.
 */
public record UnsTopic(String enterprise, String site, String area, String line, String asset, String signal) {

    /** Number of levels in a unified-namespace sample topic. */
    public static final int LEVELS = 6;

    /** The six levels of {@code topic}, or empty when it does not have exactly six non-empty levels. */
    public static Optional<UnsTopic> parse(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        String[] levels = new String[LEVELS];
        int start = 0;
        for (int level = 0; level < LEVELS; level++) {
            int slash = topic.indexOf('/', start);
            boolean last = level == LEVELS - 1;
            if (last != (slash < 0)) {
                return Optional.empty();
            }
            int end = last ? topic.length() : slash;
            if (end == start) {
                return Optional.empty();
            }
            levels[level] = topic.substring(start, end);
            start = end + 1;
        }
        return Optional.of(new UnsTopic(levels[0], levels[1], levels[2], levels[3], levels[4], levels[5]));
    }

    /** A sentence saying why {@code topic} did not {@link #parse}; only meaningful when it did not. */
    public static String problem(String topic) {
        if (topic == null || topic.isEmpty()) {
            return "topic is empty; expected enterprise/site/area/line/asset/signal";
        }
        String[] levels = topic.split("/", -1);
        if (levels.length != LEVELS) {
            return "topic " + Texts.quote(topic) + " has " + levels.length
                    + " levels; expected 6: enterprise/site/area/line/asset/signal";
        }
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].isEmpty()) {
                return "topic " + Texts.quote(topic) + " has an empty level " + (i + 1)
                        + "; expected enterprise/site/area/line/asset/signal";
            }
        }
        return "topic " + Texts.quote(topic) + " is not a unified-namespace sample topic";
    }

    /** Whether the first four levels equal the asset's ISA-95 location. */
    public boolean isAt(Isa95Location location) {
        return enterprise.equals(location.enterprise()) && site.equals(location.site())
                && area.equals(location.area()) && line.equals(location.line());
    }

    /** {@code enterprise/site/area/line} as given in the topic. */
    public String path() {
        return enterprise + '/' + site + '/' + area + '/' + line;
    }
}
