package org.millwright.app.reconcile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking one record of an episode against its system.
 *
 * @param answered false when the system could not be asked: then {@code findings} holds one
 *                 {@link DriftKind#UNREACHABLE} finding and says nothing about the record itself
 * @param findings the drift found (none when the record agrees with the hub)
 * @param repair   a repair to apply, when the record is one the hub lost the answer of
 */
public record CheckResult(RecordKind record, String system, boolean answered, List<Finding> findings,
                          Optional<Repair> repair) {
    public CheckResult {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(system, "system");
        findings = List.copyOf(findings);
        Objects.requireNonNull(repair, "repair");
    }

    static CheckResult agrees(RecordKind record, String system) {
        return new CheckResult(record, system, true, List.of(), Optional.empty());
    }

    static CheckResult drift(RecordKind record, String system, Optional<String> recordId, DriftKind kind,
                             String detail) {
        return new CheckResult(record, system, true, List.of(new Finding(record, system, recordId, kind, detail)),
                Optional.empty());
    }

    static CheckResult unreachable(RecordKind record, String system, String detail) {
        return new CheckResult(record, system, false,
                List.of(new Finding(record, system, Optional.empty(), DriftKind.UNREACHABLE, detail)), Optional.empty());
    }

    static CheckResult repairable(RecordKind record, Repair repair) {
        return new CheckResult(record, repair.system(), true, List.of(), Optional.of(repair));
    }
}
