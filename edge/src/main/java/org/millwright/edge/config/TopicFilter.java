package org.millwright.edge.config;

/** MQTT topic filters as used in the configuration: {@code +} matches one level, a final {@code #} the rest. */
public final class TopicFilter {
    private TopicFilter() {
    }

    /** Whether {@code topic} matches {@code filter}; the filter is assumed valid ({@link #problem} is null). */
    public static boolean matches(String filter, String topic) {
        String[] wanted = filter.split("/", -1);
        String[] levels = topic.split("/", -1);
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i].equals("#")) {
                return true;
            }
            if (i >= levels.length || !wanted[i].equals("+") && !wanted[i].equals(levels[i])) {
                return false;
            }
        }
        return wanted.length == levels.length;
    }

    /** What is wrong with a filter, or null when it is valid. */
    public static String problem(String filter) {
        if (filter.isEmpty()) {
            return "a topic filter must not be empty";
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.equals("#") && i != levels.length - 1) {
                return "'#' may only be the last level of topic filter '" + filter + "'";
            }
            if (level.length() > 1 && (level.contains("+") || level.contains("#"))) {
                return "'+' and '#' must stand alone in a level of topic filter '" + filter + "'";
            }
        }
        return null;
    }
}
