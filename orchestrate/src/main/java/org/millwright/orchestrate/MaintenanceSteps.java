package org.millwright.orchestrate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.DispatchRequest;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.WindowRequest;
import org.millwright.connector.WorkRecord;
import org.millwright.orchestrate.spi.EpisodeCloser;
import org.millwright.orchestrate.spi.StepJournal;

/**
 * The steps of the maintenance workflow of one episode. Each method is one step: it is journaled, and its call to
 * a system of record goes through the {@link IdempotencyLedger} with the episode key as the external reference,
 * so that running a step again (retry, crash, replay) never creates a second record.
 *
 * <p>Stateless and thread-safe; the workflow engine decides the order and keeps the variables.
 */
public final class MaintenanceSteps {
    /** The ledger's answer of {@link #findOpenWork} when the EAM has no open work. */
    private static final String NONE = "";
    private static final int SHORT_TEXT_MAX = 40;

    private final SystemsRouting routing;
    private final IdempotencyLedger ledger;
    private final StepJournal journal;
    private final EpisodeCloser closer;
    private final Clock clock;
    private final Supplier<URI> completionCallback;
    private final Duration repairDuration;

    public MaintenanceSteps(SystemsRouting routing, IdempotencyLedger ledger, StepJournal journal, EpisodeCloser closer,
                            Clock clock, Supplier<URI> completionCallback, Duration repairDuration) {
        this.routing = Objects.requireNonNull(routing, "routing");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.closer = Objects.requireNonNull(closer, "closer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.completionCallback = Objects.requireNonNull(completionCallback, "completionCallback");
        this.repairDuration = Objects.requireNonNull(repairDuration, "repairDuration");
    }

    /** The asset must exist in the ERP's equipment master; keeps its plant, line and the spare parts the repair needs. */
    public EquipmentFacts validateAsset(MaintenanceCase c) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        return EquipmentFacts.decode(journaled(c, Step.VALIDATE_ASSET, () -> ledger.read(c.episode(),
                Step.VALIDATE_ASSET.wireName(), systems.names().assets(), () -> {
                    EquipmentRecord equipment = systems.assets().equipment(c.asset())
                            .orElseThrow(() -> ConnectorException.permanent(systems.names().assets(), "equipment",
                                    "asset " + c.asset() + " is not in the ERP equipment master"));
                    return new EquipmentFacts(equipment.plant(), equipment.asset().location().line(),
                            equipment.sparePartsFor(c.failureMode())).encode();
                })));
    }

    /** Open work the EAM already has for this asset and failure mode, to link instead of duplicating. */
    public Optional<String> findOpenWork(MaintenanceCase c) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        String found = journaled(c, Step.FIND_OPEN_WORK, () -> ledger.read(c.episode(),
                Step.FIND_OPEN_WORK.wireName(), systems.names().work(), () -> systems.work().findOpenWork(c.asset(), c.failureMode())
                        .filter(work -> !work.externalReference().equals(c.episode().value()))
                        .map(WorkRecord::id).orElse(NONE)));
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /** Creates the maintenance notification carrying the episode key as its external reference. */
    public String createNotification(MaintenanceCase c) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        String reference = c.episode().value();
        return journaled(c, Step.CREATE_NOTIFICATION, () -> ledger.once(c.episode(), Step.CREATE_NOTIFICATION.wireName(),
                systems.names().work(), () -> systems.work().findByExternalReference(reference).map(WorkRecord::id),
                () -> systems.work().createNotification(new NotificationRequest(reference, c.asset(), c.failureMode(),
                        c.severity(), shortText(c), c.evidence())).id()));
    }

    /** Whether every spare part the repair needs is available at the asset's plant. */
    public boolean checkStock(MaintenanceCase c, EquipmentFacts facts) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        return Boolean.parseBoolean(journaled(c, Step.CHECK_STOCK, () -> ledger.read(c.episode(),
                Step.CHECK_STOCK.wireName(), systems.names().inventory(), () -> {
                    for (SparePart part : facts.spareParts()) {
                        if (!systems.inventory().stock(part.material(), facts.plant()).covers(part.quantity())) {
                            return "false";
                        }
                    }
                    return "true";
                })));
    }

    /** Reserves the spare parts; when the ERP could reserve only part of them, the shortfall is to be requisitioned. */
    public Reservation reserveStock(MaintenanceCase c, EquipmentFacts facts) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        String reference = c.episode().value();
        return journaled(c, Step.RESERVE_STOCK, () -> Reservation.decode(ledger.once(c.episode(),
                Step.RESERVE_STOCK.wireName(), systems.names().inventory(),
                () -> systems.inventory().findReservation(reference).map(found -> Reservation.of(found).encode()),
                () -> Reservation.of(systems.inventory().reserve(new ReservationRequest(reference, c.asset(),
                        facts.plant(), facts.spareParts()))).encode())), Reservation::describe);
    }

    /** Requisitions {@code parts}: all the repair needs when nothing was reserved, else the reservation's shortfall. */
    public String requestPurchase(MaintenanceCase c, EquipmentFacts facts, List<SparePart> parts) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        String reference = c.episode().value();
        return journaled(c, Step.REQUEST_PURCHASE, () -> ledger.once(c.episode(), Step.REQUEST_PURCHASE.wireName(),
                systems.names().procurement(), () -> systems.procurement().findRequisition(reference).map(RequisitionRecord::id),
                () -> systems.procurement().requisition(new RequisitionRequest(reference, c.asset(), facts.plant(),
                        parts)).id()));
    }

    /** Asks production planning for a maintenance window on the asset's line. */
    public String scheduleWindow(MaintenanceCase c, EquipmentFacts facts) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        String reference = c.episode().value();
        return journaled(c, Step.SCHEDULE_WINDOW, () -> ledger.once(c.episode(), Step.SCHEDULE_WINDOW.wireName(),
                systems.names().planning(), () -> systems.planning().findWindow(reference).map(MaintenanceWindow::id),
                () -> systems.planning().proposeWindow(new WindowRequest(reference, c.asset(), facts.line(),
                        c.severity(), clock.instant(), repairDuration)).id()));
    }

    /** Dispatches a technician; field service reports completion to the hub's callback. */
    public String dispatchTechnician(MaintenanceCase c, String notificationId, String windowId) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        String reference = c.episode().value();
        String assignment = journaled(c, Step.DISPATCH_TECHNICIAN, () -> ledger.once(c.episode(),
                Step.DISPATCH_TECHNICIAN.wireName(), systems.names().fieldService(),
                () -> systems.fieldService().findAssignment(reference).map(AssignmentRecord::id),
                () -> systems.fieldService().dispatch(new DispatchRequest(reference, c.asset(), notificationId, windowId,
                        shortText(c) + "\n" + c.evidence(), completionCallback.get())).id()));
        journal.started(c.episode(), Step.AWAIT_COMPLETION.wireName());
        return assignment;
    }

    /** The field-service completion arrived. */
    public void completionReceived(MaintenanceCase c, String outcome) {
        journal.succeeded(c.episode(), Step.AWAIT_COMPLETION.wireName(), outcome);
    }

    /** Sets the equipment back to running in the ERP and completes the notification in the EAM. */
    public void setEquipmentRunning(MaintenanceCase c, String notificationId) {
        SystemsOfRecord systems = routing.forAsset(c.asset());
        String reference = c.episode().value();
        journaled(c, Step.SET_EQUIPMENT_RUNNING, () -> {
            ledger.once(c.episode(), "complete-notification", systems.names().work(), Optional::empty, () -> {
                systems.work().completeNotification(notificationId, reference);
                return notificationId;
            });
            return ledger.once(c.episode(), Step.SET_EQUIPMENT_RUNNING.wireName(), systems.names().assets(), Optional::empty, () -> {
                systems.assets().updateStatus(c.asset(), EquipmentStatus.RUNNING, reference);
                return EquipmentStatus.RUNNING.name();
            });
        });
    }

    public void closeEpisode(MaintenanceCase c) {
        journaled(c, Step.CLOSE_EPISODE, () -> {
            closer.close(c.episode(), clock.instant());
            return "CLOSED";
        });
    }

    private String journaled(MaintenanceCase c, Step step, Supplier<String> work) {
        return journaled(c, step, work, Function.identity());
    }

    /** Runs a step, journaling its start and end; {@code describe} turns its result into the journal's outcome. */
    private <T> T journaled(MaintenanceCase c, Step step, Supplier<T> work, Function<T, String> describe) {
        journal.started(c.episode(), step.wireName());
        try {
            T outcome = work.get();
            journal.succeeded(c.episode(), step.wireName(), describe.apply(outcome));
            return outcome;
        } catch (RuntimeException e) {
            journal.failed(c.episode(), step.wireName(), String.valueOf(e.getMessage()));
            throw e;
        }
    }

    private static String shortText(MaintenanceCase c) {
        String text = c.severity() + " " + c.failureMode() + " on " + c.asset();
        return text.length() <= SHORT_TEXT_MAX ? text : text.substring(0, SHORT_TEXT_MAX);
    }
}
