package org.millwright.connector.rest.internal.mapping;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonPointer;

/**
 * Which failed answers may succeed when sent again, and where the system writes its own error text.
 *
 * @param retriable status ranges, inclusive; any other status that is not a success is permanent
 * @param message   where the error text sits in an error answer; without it the body itself is the text
 */
public record ErrorPolicy(List<Range> retriable, Optional<JsonPointer> message) {
    /** The default: 408, 429 and 5xx retriable. */
    public static final ErrorPolicy DEFAULT = new ErrorPolicy(List.of(new Range(408, 408), new Range(429, 429),
            new Range(500, 599)), Optional.empty());

    public record Range(int from, int to) {
        boolean contains(int status) {
            return status >= from && status <= to;
        }
    }

    public ErrorPolicy {
        retriable = List.copyOf(retriable);
    }

    public boolean isRetriable(int status) {
        return retriable.stream().anyMatch(range -> range.contains(status));
    }
}
