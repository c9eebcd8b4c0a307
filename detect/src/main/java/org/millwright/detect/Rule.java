package org.millwright.detect;

import java.time.Duration;
import java.util.Optional;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;
import org.millwright.model.SignalType;

/**
 * One detection rule: it watches one signal of an asset and votes for one failure mode. Each sample falls in one
 * of the rule's regions: <em>escalate</em> (worse than the escalation limit), <em>raise</em> (worse than the raise
 * limit), <em>clear</em> (better than the clear limit, after hysteresis), or the band in between, which keeps the
 * rule as it is. A rule becomes active when its raise region held for {@link #minDuration()}, reaches its
 * escalation severity when the escalate region held for {@code minDuration}, and becomes inactive when the clear
 * region held for {@link #clearDuration()}.
 */
public sealed interface Rule permits ThresholdRule, ZoneRule, ConditionMonitoringRule {
    /** Unique id within the rule set, written into the evidence. */
    String id();

    /** The signal this rule watches. */
    SignalType signal();

    /** The failure mode this rule is evidence for. */
    FailureMode failureMode();

    /** The severity when the raise region held long enough. */
    Severity severity();

    /** The severity when the escalate region held long enough; empty when the rule does not escalate. */
    Optional<Severity> escalateSeverity();

    /** How long the raise (or escalate) region must hold before the rule reacts; zero reacts on one sample. */
    Duration minDuration();

    /** How long the clear region must hold before an active rule lets go. */
    Duration clearDuration();

    /** Which assets the rule applies to. */
    AssetFilter appliesTo();
}
