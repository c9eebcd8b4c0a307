package org.millwright.orchestrate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.DispatchRequest;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.StockLevel;
import org.millwright.connector.WindowRequest;
import org.millwright.orchestrate.spi.EpisodeCloser;
import org.millwright.orchestrate.spi.StepJournal;
import org.millwright.orchestrate.spi.StepJournal.StepFailure;

/**
 * The steps of the maintenance workflow of one episode. Each method is one step: it is journaled, and it calls the
 * {@link MaintenanceServices} in the {@link IdempotencyLedger} scope of (episode, step) with the episode key as the
 * external reference, so that running a step again (retry, crash, replay) never creates a second record. A failed
 * step is journaled with the system it called and the exact request, for the operator who replays it.
 *
 * <p>Stateless and thread-safe; the workflow engine decides the order and keeps the variables.
 */
public final class MaintenanceSteps {
    private static final int SHORT_TEXT_MAX = 40;

    private final MaintenanceServices services;
    private final IdempotencyLedger ledger;
    private final StepJournal journal;
    private final EpisodeCloser closer;
    private final Clock clock;
    private final Supplier<URI> completionCallback;
    private final Duration repairDuration;

    public MaintenanceSteps(MaintenanceServices services, IdempotencyLedger ledger, StepJournal journal,
                            EpisodeCloser closer, Clock clock, Supplier<URI> completionCallback,
                            Duration repairDuration) {
        this.services = Objects.requireNonNull(services, "services");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.closer = Objects.requireNonNull(closer, "closer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.completionCallback = Objects.requireNonNull(completionCallback, "completionCallback");
        this.repairDuration = Objects.requireNonNull(repairDuration, "repairDuration");
    }

    /** The asset must exist in the ERP's equipment master; keeps its plant, line and the spare parts the repair needs. */
    public EquipmentFacts validateAsset(MaintenanceCase c) {
        return journaled(c, Step.VALIDATE_ASSET, c.asset(), () -> EquipmentFacts.decode(scope(c, Step.VALIDATE_ASSET)
                .read(services.systemsOf(c.asset()).assets(), () -> {
                    EquipmentRecord equipment = services.validateAsset(c.asset()).value();
                    return new EquipmentFacts(equipment.plant(), equipment.asset().location().line(),
                            equipment.sparePartsFor(c.failureMode())).encode();
                })), EquipmentFacts::encode);
    }

    /** Open work the EAM already has for this asset and failure mode, to link instead of duplicating. */
    public Optional<String> findOpenWork(MaintenanceCase c) {
        return journaled(c, Step.FIND_OPEN_WORK, c.asset(), () -> services.findOpenWork(c.asset(), c.failureMode(),
                reference(c), scope(c, Step.FIND_OPEN_WORK)).value(), found -> found.orElse(""));
    }

    /** Creates the maintenance notification carrying the episode key as its external reference. */
    public String createNotification(MaintenanceCase c) {
        NotificationRequest request = new NotificationRequest(reference(c), c.asset(), c.failureMode(), c.severity(),
                shortText(c), c.evidence());
        return journaled(c, Step.CREATE_NOTIFICATION, request,
                () -> services.createNotification(request, scope(c, Step.CREATE_NOTIFICATION)).value());
    }

    /** Whether every spare part the repair needs is available at the asset's plant. */
    public boolean checkStock(MaintenanceCase c, EquipmentFacts facts) {
        return journaled(c, Step.CHECK_STOCK, facts.spareParts(), () -> Boolean.parseBoolean(scope(c, Step.CHECK_STOCK)
                .read(services.systemsOf(c.asset()).inventory(), () -> {
                    List<StockLevel> levels = services.availability(c.asset(), facts.plant(), facts.spareParts())
                            .value();
                    for (int i = 0; i < levels.size(); i++) {
                        if (!levels.get(i).covers(facts.spareParts().get(i).quantity())) {
                            return "false";
                        }
                    }
                    return "true";
                })), String::valueOf);
    }

    /** Reserves the spare parts; when the ERP could reserve only part of them, the shortfall is to be requisitioned. */
    public Reservation reserveStock(MaintenanceCase c, EquipmentFacts facts) {
        if (facts.spareParts().isEmpty()) {
            return journaled(c, Step.RESERVE_STOCK, facts.spareParts(), () -> Reservation.NOTHING,
                    nothing -> "no spare parts needed");
        }
        ReservationRequest request = new ReservationRequest(reference(c), c.asset(), facts.plant(),
                facts.spareParts());
        return journaled(c, Step.RESERVE_STOCK, request,
                () -> services.reserveStock(request, scope(c, Step.RESERVE_STOCK)).value(), Reservation::describe);
    }

    /** Requisitions {@code parts}: all the repair needs when nothing was reserved, else the reservation's shortfall. */
    public String requestPurchase(MaintenanceCase c, EquipmentFacts facts, List<SparePart> parts) {
        RequisitionRequest request = new RequisitionRequest(reference(c), c.asset(), facts.plant(), parts);
        return journaled(c, Step.REQUEST_PURCHASE, request,
                () -> services.requestPurchase(request, scope(c, Step.REQUEST_PURCHASE)).value());
    }

    /** Asks production planning for a maintenance window on the asset's line. */
    public String scheduleWindow(MaintenanceCase c, EquipmentFacts facts) {
        WindowRequest request = new WindowRequest(reference(c), c.asset(), facts.line(), c.severity(),
                clock.instant(), repairDuration);
        return journaled(c, Step.SCHEDULE_WINDOW, request,
                () -> services.scheduleWindow(request, scope(c, Step.SCHEDULE_WINDOW)).value());
    }

    /** Dispatches a technician; field service reports completion to the hub's callback. */
    public String dispatchTechnician(MaintenanceCase c, String notificationId, String windowId) {
        DispatchRequest request = new DispatchRequest(reference(c), c.asset(), notificationId, windowId,
                shortText(c) + "\n" + c.evidence(), completionCallback.get());
        String assignment = journaled(c, Step.DISPATCH_TECHNICIAN, request,
                () -> services.dispatchTechnician(request, scope(c, Step.DISPATCH_TECHNICIAN)).value());
        journal.started(c.episode(), Step.AWAIT_COMPLETION.wireName());
        return assignment;
    }

    /**
     * Issues the reserved spare parts to the work once it is done. Nothing to issue when the repair needed no parts or
     * the ERP reserved none of them (everything was requisitioned).
     */
    public void consumeSpares(MaintenanceCase c, EquipmentFacts facts, Reservation reservation) {
        if (reservation.id().isEmpty() || !reservation.holdsAnyOf(facts.spareParts())) {
            journaled(c, Step.CONSUME_SPARES, reservation.describe(), () -> "nothing reserved");
            return;
        }
        journaled(c, Step.CONSUME_SPARES, reservation.describe(), () -> services.consumeReservation(c.asset(),
                reservation.id(), reference(c), scope(c, Step.CONSUME_SPARES)).value());
    }

    /** The field-service completion arrived. */
    public void completionReceived(MaintenanceCase c, String outcome) {
        journal.succeeded(c.episode(), Step.AWAIT_COMPLETION.wireName(), outcome);
    }

    /**
     * Sets the equipment back to running in the ERP and completes the notification in the EAM when this episode
     * created it. Open work the episode only linked to belongs to whoever created it, who completes it.
     */
    public void setEquipmentRunning(MaintenanceCase c, String notificationId, boolean createdByThisEpisode) {
        journaled(c, Step.SET_EQUIPMENT_RUNNING, c.asset(), () -> {
            if (createdByThisEpisode) {
                services.completeNotification(c.asset(), notificationId, reference(c),
                        ledger.step(c.episode(), "complete-notification"));
            }
            return services.updateEquipmentStatus(c.asset(), EquipmentStatus.RUNNING, reference(c),
                    scope(c, Step.SET_EQUIPMENT_RUNNING)).value().name();
        });
    }

    public void closeEpisode(MaintenanceCase c) {
        journaled(c, Step.CLOSE_EPISODE, c.episode(), () -> {
            closer.close(c.episode(), clock.instant());
            return "CLOSED";
        });
    }

    private Once scope(MaintenanceCase c, Step step) {
        return ledger.step(c.episode(), step.wireName());
    }

    private static String reference(MaintenanceCase c) {
        return c.episode().value();
    }

    private String journaled(MaintenanceCase c, Step step, Object request, Supplier<String> work) {
        return journaled(c, step, request, work, Function.identity());
    }

    /**
     * Runs a step, journaling its start and end; {@code describe} turns its result into the journal's outcome, and a
     * failure is journaled with {@code request}, the input the step sent.
     */
    private <T> T journaled(MaintenanceCase c, Step step, Object request, Supplier<T> work,
                            Function<T, String> describe) {
        journal.started(c.episode(), step.wireName());
        try {
            T outcome = work.get();
            journal.succeeded(c.episode(), step.wireName(), describe.apply(outcome));
            return outcome;
        } catch (RuntimeException e) {
            journal.failed(c.episode(), step.wireName(), StepFailure.of(e, request));
            throw e;
        }
    }

    private static String shortText(MaintenanceCase c) {
        String text = c.severity() + " " + c.failureMode() + " on " + c.asset();
        return text.length() <= SHORT_TEXT_MAX ? text : text.substring(0, SHORT_TEXT_MAX);
    }
}
