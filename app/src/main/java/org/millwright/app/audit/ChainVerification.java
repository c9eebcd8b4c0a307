package org.millwright.app.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link AuditTrail#verify()}.
 *
 * @param valid          every event up to the head matches its hash and links to the one before
 * @param checked        how many events were checked before the answer was known
 * @param firstBrokenSeq the first event that does not verify (changed, or missing when it is absent)
 * @param problem        what is wrong with it, for people
 */
public record ChainVerification(boolean valid, long checked, Optional<Long> firstBrokenSeq, Optional<String> problem) {
    public ChainVerification {
        Objects.requireNonNull(firstBrokenSeq, "firstBrokenSeq");
        Objects.requireNonNull(problem, "problem");
        if (valid == firstBrokenSeq.isPresent()) {
            throw new IllegalArgumentException("a valid chain has no broken event, a broken one has one");
        }
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, Optional.empty(), Optional.empty());
    }

    static ChainVerification brokenAt(long seq, long checked, String problem) {
        return new ChainVerification(false, checked, Optional.of(seq), Optional.of(problem));
    }
}
