package org.millwright.app.episodes;

import java.time.Instant;
import java.util.Optional;

/** One workflow step of an episode as journaled. */
public record StepRow(String name, String state, Instant startedAt, Optional<Instant> endedAt, int attempts,
                      Optional<String> outcome, Optional<String> error) {
}
