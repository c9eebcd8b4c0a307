package org.millwright.detect;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.millwright.model.Severity;

/** Checks shared by the rule records' constructors. */
final class RuleChecks {
    static final Pattern ID_FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private RuleChecks() {
    }

    static void checkCommon(String id, Severity severity, Optional<Severity> escalateSeverity,
                            Duration minDuration, Duration clearDuration, AssetFilter appliesTo) {
        Objects.requireNonNull(id, "id");
        if (!ID_FORM.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must match " + ID_FORM + ": '" + id + "'");
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(escalateSeverity, "escalateSeverity");
        Objects.requireNonNull(appliesTo, "appliesTo");
        escalateSeverity.ifPresent(escalated -> {
            if (!escalated.isAbove(severity)) {
                throw new IllegalArgumentException("rule " + id + ": escalation severity " + escalated
                        + " must be above " + severity);
            }
        });
        checkNotNegative(id, "minDuration", minDuration);
        checkNotNegative(id, "clearDuration", clearDuration);
    }

    private static void checkNotNegative(String id, String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException("rule " + id + ": " + name + " must not be negative: " + duration);
        }
    }
}
