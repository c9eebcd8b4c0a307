package org.millwright.app.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the audit trail.
 *
 * @param seq      position in the chain, from 1, without gaps
 * @param actor    who or what acted: an operator's name, or a part of the hub such as {@code reconciliation}
 * @param action   what was done, e.g. {@code reconciliation.repair}
 * @param subject  what it was done to, e.g. an episode key
 * @param detail   a JSON object, kept exactly as written since the hash covers its text
 * @param traceId  the trace the action belonged to, when one was active
 * @param prevHash the hash of the event before (64 zeros for the first)
 * @param hash     SHA-256 over {@code prevHash} and this event's canonical form, lower-case hex
 */
public record AuditEvent(long seq, Instant at, String actor, String action, String subject, String detail,
                         Optional<String> traceId, String prevHash, String hash) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** Whether {@link #hash} is the hash of this event's content chained to {@link #prevHash}. */
    boolean hashMatchesContent() {
        return AuditChain.hash(prevHash, AuditChain.canonical(seq, at, actor, action, subject, detail, traceId))
                .equals(hash);
    }
}
