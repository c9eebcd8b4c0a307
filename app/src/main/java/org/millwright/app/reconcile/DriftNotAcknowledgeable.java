package org.millwright.app.reconcile;

/** A drift that is resolved, or already acknowledged, cannot be acknowledged (again). */
public class DriftNotAcknowledgeable extends RuntimeException {
    DriftNotAcknowledgeable(Drift drift) {
        super(drift.resolvedAt().map(at -> "drift " + drift.id() + " was resolved at " + at + " ("
                        + drift.resolution().orElse("") + "); only current drift can be acknowledged")
                .orElseGet(() -> "drift " + drift.id() + " was already acknowledged by "
                        + drift.acknowledgement().map(a -> a.by() + " at " + a.at()).orElse("someone")));
    }
}
