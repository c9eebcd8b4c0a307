package org.millwright.app.reconcile;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.millwright.app.reconcile.HubBelief.LedgerEntry;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.SparePart;
import org.millwright.connector.WorkRecord;
import org.millwright.orchestrate.Reservation;
import org.millwright.orchestrate.Step;
import org.millwright.orchestrate.SystemsOfRecord;

/**
 * Compares what the hub believes about one episode with what its systems of record hold, asking each system through
 * its port (find by the episode key as external reference). Every record the workflow creates is checked whatever
 * the ledger says, so that a record the hub never heard of is found too:
 *
 * <table>
 * <caption>ledger row × record found by the episode key</caption>
 * <tr><th>ledger</th><th>none found</th><th>found</th></tr>
 * <tr><td>none</td><td>agrees</td><td>{@link DriftKind#UNRECORDED_IN_HUB}</td></tr>
 * <tr><td>PENDING</td><td>agrees (not created yet)</td><td>{@link Repair} (unless the step is running right now)</td></tr>
 * <tr><td>DONE with id</td><td>{@link DriftKind#MISSING_IN_SYSTEM}</td><td>another id: {@link DriftKind#UNRECORDED_IN_HUB};
 * the same: its status is compared ({@link DriftKind#STATUS_MISMATCH})</td></tr>
 * </table>
 *
 * A system that cannot be asked gives {@link DriftKind#UNREACHABLE} and no other finding for that record. Stateless.
 */
final class EpisodeReconciler {
    /** The system name of findings about the hub itself. */
    static final String HUB = "hub";
    private static final String COMPLETE_NOTIFICATION = "complete-notification";

    private final Clock clock;
    private final Duration inFlightGrace;

    /** @param inFlightGrace a step journaled RUNNING for less than this is a call in flight, not a lost answer */
    EpisodeReconciler(Clock clock, Duration inFlightGrace) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.inFlightGrace = Objects.requireNonNull(inFlightGrace, "inFlightGrace");
    }

    List<CheckResult> check(HubBelief belief, SystemsOfRecord systems) {
        String key = belief.episode().value();
        SystemsOfRecord.Names names = systems.names();
        List<CheckResult> results = new ArrayList<>();
        results.add(created(belief, RecordKind.NOTIFICATION, names.work(),
                () -> systems.work().findByExternalReference(key), WorkRecord::id, WorkRecord::id,
                this::notificationStatus));
        results.add(created(belief, RecordKind.RESERVATION, names.inventory(),
                () -> systems.inventory().findReservation(key), ReservationRecord::id,
                found -> new Reservation(found.id(), found.shortfall()).encode(), EpisodeReconciler::shortfall));
        results.add(created(belief, RecordKind.PURCHASE_REQUISITION, names.procurement(),
                () -> systems.procurement().findRequisition(key), RequisitionRecord::id, RequisitionRecord::id,
                (found, b) -> Optional.empty()));
        results.add(created(belief, RecordKind.MAINTENANCE_WINDOW, names.planning(),
                () -> systems.planning().findWindow(key), MaintenanceWindow::id, MaintenanceWindow::id,
                (found, b) -> Optional.empty()));
        results.add(created(belief, RecordKind.ASSIGNMENT, names.fieldService(),
                () -> systems.fieldService().findAssignment(key), AssignmentRecord::id, AssignmentRecord::id,
                EpisodeReconciler::assignmentStatus));
        results.add(equipment(belief, systems));
        results.add(workflow(belief));
        return results;
    }

    private <T> CheckResult created(HubBelief belief, RecordKind record, String system, Supplier<Optional<T>> lookup,
                                    Function<T, String> idOf, Function<T, String> ledgerResultOf,
                                    BiFunction<T, HubBelief, Optional<String>> statusMismatch) {
        Step step = record.step().orElseThrow();
        String key = belief.episode().value();
        String label = record.label();
        Optional<LedgerEntry> entry = belief.ledgerEntry(step.wireName());
        if (entry.isPresent() && !entry.get().system().equals(system)) {
            return movedAway(record, entry.get().system(), system);
        }
        Optional<T> found;
        try {
            found = lookup.get();
        } catch (RuntimeException e) {
            return CheckResult.unreachable(record, system, "could not ask " + system + " for the " + label + " of "
                    + key + ": " + reason(e));
        }
        if (entry.isEmpty()) {
            return found.map(record0 -> CheckResult.drift(record, system, Optional.of(idOf.apply(record0)),
                    DriftKind.UNRECORDED_IN_HUB, system + " holds " + label + " " + idOf.apply(record0)
                            + " with external reference " + key + ", but the hub has no record of creating it"
                            + linkedWork(belief, record)))
                    .orElseGet(() -> CheckResult.agrees(record, system));
        }
        if (!entry.get().done()) {
            if (found.isEmpty() || inFlight(belief, step)) {
                return CheckResult.agrees(record, system);
            }
            return CheckResult.repairable(record, new Repair(step, system, idOf.apply(found.get()),
                    ledgerResultOf.apply(found.get())));
        }
        String recorded = step.recordId(entry.get().result().orElse(""));
        if (found.isEmpty()) {
            return CheckResult.drift(record, system, Optional.of(recorded), DriftKind.MISSING_IN_SYSTEM, system
                    + " has no " + label + " with external reference " + key + "; the hub recorded " + label + " "
                    + recorded);
        }
        String id = idOf.apply(found.get());
        if (!id.equals(recorded)) {
            return CheckResult.drift(record, system, Optional.of(id), DriftKind.UNRECORDED_IN_HUB, system + " holds "
                    + label + " " + id + " with external reference " + key + ", not " + recorded
                    + " that the hub recorded (was " + recorded + " deleted and another one created?)");
        }
        return statusMismatch.apply(found.get(), belief)
                .map(detail -> CheckResult.drift(record, system, Optional.of(id), DriftKind.STATUS_MISMATCH, detail))
                .orElseGet(() -> CheckResult.agrees(record, system));
    }

    /** Open while the hub has not completed it; the workflow completes it just before it closes the episode. */
    private Optional<String> notificationStatus(WorkRecord found, HubBelief belief) {
        boolean expectOpen = !belief.closed() && !belief.isDone(COMPLETE_NOTIFICATION);
        if (found.open() == expectOpen) {
            return Optional.empty();
        }
        String episode = "episode " + belief.episode() + " is " + belief.state();
        return Optional.of(expectOpen
                ? "notification " + found.id() + " is completed in the EAM, but " + episode
                        + " and the hub has not completed it"
                : "notification " + found.id() + " is still open in the EAM, but the hub completed it ("
                        + episode + ")");
    }

    private static Optional<String> shortfall(ReservationRecord found, HubBelief belief) {
        List<SparePart> recorded = belief.ledgerEntry(Step.RESERVE_STOCK.wireName()).flatMap(LedgerEntry::result)
                .map(result -> Reservation.decode(result).shortfall()).orElse(List.of());
        if (new HashSet<>(recorded).equals(new HashSet<>(found.shortfall()))) {
            return Optional.empty();
        }
        return Optional.of("reservation " + found.id() + " is short of " + parts(found.shortfall())
                + " in the ERP, but the hub recorded it short of " + parts(recorded));
    }

    private static Optional<String> assignmentStatus(AssignmentRecord found, HubBelief belief) {
        if (!belief.closed() || found.completed()) {
            return Optional.empty();
        }
        return Optional.of("assignment " + found.id() + " is not completed in field service, but the hub received its"
                + " completion and closed episode " + belief.episode());
    }

    /** After a closed episode the equipment runs again, unless a later episode on the asset owns its status now. */
    private CheckResult equipment(HubBelief belief, SystemsOfRecord systems) {
        String system = systems.names().assets();
        Optional<LedgerEntry> entry = belief.ledgerEntry(Step.SET_EQUIPMENT_RUNNING.wireName());
        if (!belief.closed() || belief.superseded() || entry.isEmpty() || !entry.get().done()) {
            return CheckResult.agrees(RecordKind.EQUIPMENT, system);
        }
        if (!entry.get().system().equals(system)) {
            return movedAway(RecordKind.EQUIPMENT, entry.get().system(), system);
        }
        String asset = belief.asset().value();
        Optional<EquipmentRecord> found;
        try {
            found = systems.assets().equipment(belief.asset());
        } catch (RuntimeException e) {
            return CheckResult.unreachable(RecordKind.EQUIPMENT, system, "could not ask " + system
                    + " for the status of equipment " + asset + ": " + reason(e));
        }
        if (found.isEmpty()) {
            return CheckResult.drift(RecordKind.EQUIPMENT, system, Optional.of(asset), DriftKind.MISSING_IN_SYSTEM,
                    system + " has no equipment " + asset + ", which the hub set RUNNING when episode "
                            + belief.episode() + " closed");
        }
        EquipmentStatus status = found.get().status();
        if (status == EquipmentStatus.RUNNING) {
            return CheckResult.agrees(RecordKind.EQUIPMENT, system);
        }
        return CheckResult.drift(RecordKind.EQUIPMENT, system, Optional.of(asset), DriftKind.STATUS_MISMATCH,
                "equipment " + asset + " is " + status + " in " + system + ", but the hub set it RUNNING when episode "
                        + belief.episode() + " closed" + belief.closedAt().map(at -> " at " + at).orElse("")
                        + " and no later episode is open on it");
    }

    private static CheckResult workflow(HubBelief belief) {
        if (!belief.closed() && belief.workflowRunning().equals(Optional.of(false))) {
            return CheckResult.drift(RecordKind.WORKFLOW, HUB, belief.processInstanceId(), DriftKind.STATUS_MISMATCH,
                    "episode " + belief.episode() + " is " + belief.state() + ", but its workflow process "
                            + belief.processInstanceId().orElse("?") + " no longer runs");
        }
        return CheckResult.agrees(RecordKind.WORKFLOW, HUB);
    }

    /** A running attempt may not have recorded its answer yet: that is a call in flight, not a lost answer. */
    private boolean inFlight(HubBelief belief, Step step) {
        HubBelief.JournalEntry journaled = belief.steps().get(step.wireName());
        return journaled != null && journaled.state().equals("RUNNING")
                && journaled.startedAt().isAfter(clock.instant().minus(inFlightGrace));
    }

    private static CheckResult movedAway(RecordKind record, String recordedIn, String routedTo) {
        return CheckResult.unreachable(record, recordedIn, "the hub recorded the " + record.label() + " in "
                + recordedIn + ", which no longer serves this asset (" + routedTo + " does): it cannot be asked");
    }

    private static String linkedWork(HubBelief belief, RecordKind record) {
        if (record != RecordKind.NOTIFICATION) {
            return "";
        }
        return belief.ledgerEntry(Step.FIND_OPEN_WORK.wireName()).flatMap(LedgerEntry::result)
                .filter(linked -> !linked.isEmpty())
                .map(linked -> " (it linked open work " + linked + " instead)").orElse("");
    }

    private static String parts(List<SparePart> parts) {
        return parts.isEmpty() ? "nothing" : parts.stream().map(part -> part.quantity() + " × " + part.material())
                .collect(Collectors.joining(", "));
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
