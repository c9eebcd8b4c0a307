package org.millwright.detect.internal.engine;

import java.time.Instant;
import org.millwright.detect.Zone;
import org.millwright.model.Severity;

/**
 * What one rule remembers for one asset: when its current runs started and whether it is active. Mutable, owned
 * by the thread that owns the asset's state. Null fields mean "no run" / "inactive".
 */
final class RuleMemory {
    final boolean applicable;

    /** The last GOOD, in-order sample this rule evaluated. */
    Instant lastAt;
    /** Start of the current unbroken run of samples in the raise (or escalate) region. */
    Instant raiseSince;
    /** Start of the current unbroken run of samples in the escalate region. */
    Instant escalateSince;
    /** Start of the current unbroken run of samples in the clear region. */
    Instant clearSince;
    /** The severity the rule reached while active; null while inactive. */
    Severity active;

    /** The sample that last changed {@link #active} upward, for the evidence. */
    double evidenceValue;
    Instant evidenceAt;
    Level evidenceLevel;
    /** The zone of that sample; null for threshold rules. */
    Zone evidenceZone;
    long evidenceHeldNanos;

    /** Condition-monitoring rules only (else null): the asset's health state and the runs per severity ordinal. */
    final Health health;
    final Instant[] runSince;
    /** The severity ordinal of the last activation of a condition-monitoring rule. */
    int evidenceSeverity;

    RuleMemory(boolean applicable) {
        this(applicable, null);
    }

    RuleMemory(boolean applicable, Health health) {
        this.applicable = applicable;
        this.health = health;
        this.runSince = health == null ? null : new Instant[Severity.values().length];
    }
}
