package org.millwright.detect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set in force and its {@link Detector}, replaced at runtime only by a rule set that loads cleanly: a
 * file with an error is rejected with its {@link RuleSetException} (file, line, problem) and the previous rule set
 * stays active. The caller decides what to do with live {@link AssetState}s on a change (they belong to the old
 * detector; new states start learning afresh). Thread-safe: readers always see a complete rule set and detector.
 */
public final class ActiveRuleSet {
    private static final Logger log = LoggerFactory.getLogger(ActiveRuleSet.class);

    private volatile Detector detector;

    /** Starts with {@code initial} in force. */
    public ActiveRuleSet(RuleSet initial) {
        this.detector = new Detector(Objects.requireNonNull(initial, "initial"));
    }

    /** The outcome of a reload: the rule set now in force, and the error if the new text was rejected. */
    public record Reload(RuleSet active, Optional<RuleSetException> rejected) {
        public Reload {
            Objects.requireNonNull(active, "active");
            Objects.requireNonNull(rejected, "rejected");
        }

        /** Whether the new rule set is now in force. */
        public boolean applied() {
            return rejected.isEmpty();
        }
    }

    /** The rule set in force. */
    public RuleSet ruleSet() {
        return detector.ruleSet();
    }

    /** The detector of the rule set in force. */
    public Detector detector() {
        return detector;
    }

    /** Parses {@code yaml} and puts it in force, or keeps the current rule set when it has an error. */
    public synchronized Reload reload(String yaml, String sourceName) {
        RuleSet previous = ruleSet();
        try {
            RuleSet loaded = RuleSetLoader.load(yaml, sourceName);
            detector = new Detector(loaded);
            log.info("Rule set {} from {} replaces {}", loaded.version(), sourceName, previous.version());
            return new Reload(loaded, Optional.empty());
        } catch (RuleSetException e) {
            log.warn("Rejected rule set from {}, keeping {}: {}", sourceName, previous.version(), e.getMessage());
            return new Reload(previous, Optional.of(e));
        }
    }

    /**
     * Reads a rule set file (UTF-8) and reloads from it.
     *
     * @throws UncheckedIOException when the file cannot be read (the current rule set stays in force)
     */
    public Reload reload(Path file) {
        try {
            return reload(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + file, e);
        }
    }
}
