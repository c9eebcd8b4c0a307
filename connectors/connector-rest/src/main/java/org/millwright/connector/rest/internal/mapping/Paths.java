package org.millwright.connector.rest.internal.mapping;

import tools.jackson.core.JsonPointer;

/**
 * Where a value sits in an answer: a JSON Pointer ({@code /data/0/id}, RFC 6901) or the small JSONPath subset
 * {@code $}, {@code $.a.b}, {@code $['a b']}, {@code $.items[0]}; {@code ""} and {@code $} are the whole answer.
 */
final class Paths {
    private Paths() {
    }

    static boolean looksLikePath(String text) {
        return text.isEmpty() || text.startsWith("/") || text.startsWith("$");
    }

    /** @throws IllegalArgumentException naming the problem */
    static JsonPointer parse(String text) {
        if (text.isEmpty() || text.equals("$")) {
            return JsonPointer.empty();
        }
        if (text.startsWith("/")) {
            try {
                return JsonPointer.compile(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not a JSON Pointer: " + e.getMessage());
            }
        }
        if (!text.startsWith("$")) {
            throw new IllegalArgumentException("'" + text
                    + "' is neither a JSON Pointer (/a/b) nor a JSONPath ($.a.b)");
        }
        JsonPointer pointer = JsonPointer.empty();
        int at = 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '.') {
                int end = at + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String name = text.substring(at + 1, end);
                if (name.isEmpty() || name.equals("*")) {
                    throw unsupported(text);
                }
                pointer = pointer.appendProperty(name);
                at = end;
            } else if (c == '[') {
                int end = text.indexOf(']', at);
                if (end < 0) {
                    throw new IllegalArgumentException("'" + text + "' has a '[' without ']'");
                }
                String inside = text.substring(at + 1, end).strip();
                if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
                        || inside.startsWith("\"") && inside.endsWith("\""))) {
                    pointer = pointer.appendProperty(inside.substring(1, inside.length() - 1));
                } else if (inside.matches("\\d{1,9}")) {
                    pointer = pointer.appendIndex(Integer.parseInt(inside));
                } else {
                    throw unsupported(text);
                }
                at = end + 1;
            } else {
                throw unsupported(text);
            }
        }
        return pointer;
    }

    private static IllegalArgumentException unsupported(String text) {
        return new IllegalArgumentException("'" + text + "' uses JSONPath beyond the supported subset ($.a.b,"
                + " $['a b'], $.items[0]; no wildcards, filters or recursive descent); or write a JSON Pointer");
    }
}
