package org.millwright.ingest.internal.decode;

/** Quoting of wire text inside rejection details, bounded so a hostile payload cannot bloat a dead letter. */
public final class Texts {
    private static final int MAX_QUOTED = 80;

    private Texts() {
    }

    /** {@code text} in single quotes, cut to 80 characters with an ellipsis. */
    public static String quote(String text) {
        if (text.length() <= MAX_QUOTED) {
            return '\'' + text + '\'';
        }
        return '\'' + text.substring(0, MAX_QUOTED) + "…'";
    }
}
