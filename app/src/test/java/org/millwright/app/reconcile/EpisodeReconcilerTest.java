package org.millwright.app.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.millwright.app.reconcile.HubBelief.JournalEntry;
import org.millwright.app.reconcile.HubBelief.LedgerEntry;
import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.SparePart;
import org.millwright.connector.WorkRecord;
import org.millwright.model.AssetId;
import org.millwright.model.EpisodeId;
import org.millwright.model.EpisodeState;
import org.millwright.model.FailureMode;

class EpisodeReconcilerTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final EpisodeId EPISODE = EpisodeId.of("EP-0123456789AB");
    private static final String KEY = EPISODE.value();
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    private static final FailureMode BEARING_WEAR = FailureMode.of("bearing-wear");

    private final RecordsHeld held = new RecordsHeld();
    private final EpisodeReconciler reconciler = new EpisodeReconciler(Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofMinutes(1));
    private final Map<String, LedgerEntry> ledger = new HashMap<>();
    private final Map<String, JournalEntry> steps = new HashMap<>();

    @Test
    void closedLoopWhoseRecordsMatchTheLedgerHasNoDrift() {
        closedLoop();

        List<CheckResult> results = check(EpisodeState.CLOSED);

        assertThat(results).allSatisfy(result -> {
            assertThat(result.answered()).isTrue();
            assertThat(result.findings()).isEmpty();
            assertThat(result.repair()).isEmpty();
        });
        assertThat(results).extracting(CheckResult::record).containsExactly(RecordKind.values());
    }

    @Test
    void recordTheHubCreatedButTheSystemNoLongerHoldsIsMissingInSystem() {
        closedLoop();
        held.windows.remove(KEY);

        Finding finding = onlyFinding(check(EpisodeState.CLOSED));

        assertThat(finding.kind()).isEqualTo(DriftKind.MISSING_IN_SYSTEM);
        assertThat(finding.record()).isEqualTo(RecordKind.MAINTENANCE_WINDOW);
        assertThat(finding.system()).isEqualTo("planning");
        assertThat(finding.recordId()).contains("MW-1");
        assertThat(finding.detail()).contains("planning has no maintenance window with external reference " + KEY,
                "the hub recorded maintenance window MW-1");
    }

    @Test
    void recordWithTheEpisodeKeyThatTheHubNeverRecordedIsUnrecordedInHub() {
        closedLoop();
        held.requisitions.put(KEY, new RequisitionRecord("PR-9", KEY));

        Finding finding = onlyFinding(check(EpisodeState.CLOSED));

        assertThat(finding.kind()).isEqualTo(DriftKind.UNRECORDED_IN_HUB);
        assertThat(finding.recordId()).contains("PR-9");
        assertThat(finding.detail()).contains("erp holds purchase requisition PR-9", "no record of creating it");
    }

    @Test
    void recordReplacedByAnotherOneWithTheSameKeyIsUnrecordedInHubNamingBoth() {
        closedLoop();
        held.assignments.put(KEY, new AssignmentRecord("FSA-7", KEY, "Ada", true));

        Finding finding = onlyFinding(check(EpisodeState.CLOSED));

        assertThat(finding.kind()).isEqualTo(DriftKind.UNRECORDED_IN_HUB);
        assertThat(finding.detail()).contains("FSA-7", "not FSA-1 that the hub recorded");
    }

    @Test
    void pendingLedgerRowWhoseRecordTheSystemHoldsIsRepairedWithWhatTheSystemHolds() {
        ledger.put("reserve-stock", new LedgerEntry("erp", false, Optional.empty()));
        held.reservations.put(KEY, new ReservationRecord("RES-5", KEY, List.of(new SparePart("SEAL-35x52", 1))));
        steps.put("reserve-stock", new JournalEntry("FAILED", NOW.minusSeconds(5)));

        CheckResult result = result(check(EpisodeState.OPEN), RecordKind.RESERVATION);

        assertThat(result.findings()).isEmpty();
        assertThat(result.repair()).hasValueSatisfying(repair -> {
            assertThat(repair.recordId()).isEqualTo("RES-5");
            assertThat(repair.system()).isEqualTo("erp");
            assertThat(repair.ledgerResult()).isEqualTo("RES-5|SEAL-35x52:1");
        });
    }

    @Test
    void pendingLedgerRowOfAStepRunningRightNowIsLeftToTheWorkflow() {
        ledger.put("create-notification", new LedgerEntry("eam", false, Optional.empty()));
        held.notifications.put(KEY, new WorkRecord("10000001", KEY, MOTOR, BEARING_WEAR, true));
        steps.put("create-notification", new JournalEntry("RUNNING", NOW.minusSeconds(2)));

        CheckResult result = result(check(EpisodeState.OPEN), RecordKind.NOTIFICATION);

        assertThat(result.repair()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void stepRunningForLongerThanTheGraceIsALostAnswerAndRepaired() {
        ledger.put("create-notification", new LedgerEntry("eam", false, Optional.empty()));
        held.notifications.put(KEY, new WorkRecord("10000001", KEY, MOTOR, BEARING_WEAR, true));
        steps.put("create-notification", new JournalEntry("RUNNING", NOW.minusSeconds(600)));

        assertThat(result(check(EpisodeState.OPEN), RecordKind.NOTIFICATION).repair()).isPresent();
    }

    @Test
    void systemThatCannotBeAskedIsUnreachableAndNeverReportedMissing() {
        closedLoop();
        held.windows.remove(KEY);
        held.down.add("planning");

        CheckResult result = result(check(EpisodeState.CLOSED), RecordKind.MAINTENANCE_WINDOW);

        assertThat(result.answered()).isFalse();
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(DriftKind.UNREACHABLE);
            assertThat(finding.detail()).contains("could not ask planning", "connection refused");
        });
    }

    @Test
    void notificationCompletedInTheEamWhileTheEpisodeIsOpenIsAStatusMismatch() {
        ledger.put("create-notification", new LedgerEntry("eam", true, Optional.of("10000001")));
        held.notifications.put(KEY, new WorkRecord("10000001", KEY, MOTOR, BEARING_WEAR, false));

        Finding finding = onlyFinding(check(EpisodeState.ESCALATED));

        assertThat(finding.kind()).isEqualTo(DriftKind.STATUS_MISMATCH);
        assertThat(finding.detail()).contains("notification 10000001 is completed in the EAM", "ESCALATED");
    }

    @Test
    void notificationStillOpenAfterTheHubCompletedItIsAStatusMismatch() {
        closedLoop();
        held.notifications.put(KEY, new WorkRecord("10000001", KEY, MOTOR, BEARING_WEAR, true));

        Finding finding = onlyFinding(check(EpisodeState.CLOSED));

        assertThat(finding.kind()).isEqualTo(DriftKind.STATUS_MISMATCH);
        assertThat(finding.detail()).contains("still open in the EAM, but the hub completed it");
    }

    @Test
    void equipmentNotRunningAfterAClosedEpisodeIsAStatusMismatchUnlessALaterEpisodeOwnsIt() {
        closedLoop();
        held.equipment.put(MOTOR, EquipmentStatus.STOPPED);

        Finding finding = onlyFinding(check(EpisodeState.CLOSED));
        List<CheckResult> superseded = reconciler.check(belief(EpisodeState.CLOSED, true), held.systems());

        assertThat(finding.kind()).isEqualTo(DriftKind.STATUS_MISMATCH);
        assertThat(finding.record()).isEqualTo(RecordKind.EQUIPMENT);
        assertThat(finding.detail()).contains("equipment north-l1-motor-01 is STOPPED in erp", "set it RUNNING");
        assertThat(superseded).allSatisfy(result -> assertThat(result.findings()).isEmpty());
    }

    @Test
    void reservationShortOfOtherPartsThanTheHubRecordedIsAStatusMismatch() {
        closedLoop();
        held.reservations.put(KEY, new ReservationRecord("RES-1", KEY, List.of(new SparePart("BRG-6205-2RS", 2))));

        Finding finding = onlyFinding(check(EpisodeState.CLOSED));

        assertThat(finding.kind()).isEqualTo(DriftKind.STATUS_MISMATCH);
        assertThat(finding.detail()).contains("short of 2 × BRG-6205-2RS", "recorded it short of nothing");
    }

    @Test
    void openEpisodeWhoseWorkflowNoLongerRunsIsAStatusMismatchOfTheHub() {
        HubBelief belief = belief(EpisodeState.OPEN, false).withWorkflowRunning(false);

        Finding finding = onlyFinding(reconciler.check(belief, held.systems()));

        assertThat(finding.system()).isEqualTo(EpisodeReconciler.HUB);
        assertThat(finding.record()).isEqualTo(RecordKind.WORKFLOW);
        assertThat(finding.detail()).contains("process-1 no longer runs");
    }

    @Test
    void recordLedgeredInASystemThatNoLongerServesTheAssetIsUnreachableNotMissing() {
        ledger.put("schedule-window", new LedgerEntry("old-planning", true, Optional.of("MW-1")));

        CheckResult result = result(check(EpisodeState.OPEN), RecordKind.MAINTENANCE_WINDOW);

        assertThat(result.answered()).isFalse();
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.system()).isEqualTo("old-planning");
            assertThat(finding.kind()).isEqualTo(DriftKind.UNREACHABLE);
        });
    }

    /** The hub and the systems agree on a closed episode that reserved its spares. */
    private void closedLoop() {
        ledger.put("validate-asset", new LedgerEntry("erp", true, Optional.of("N100|line-1|BRG-6205-2RS:2")));
        ledger.put("find-open-work", new LedgerEntry("eam", true, Optional.of("")));
        ledger.put("create-notification", new LedgerEntry("eam", true, Optional.of("10000001")));
        ledger.put("check-stock", new LedgerEntry("erp", true, Optional.of("true")));
        ledger.put("reserve-stock", new LedgerEntry("erp", true, Optional.of("RES-1|")));
        ledger.put("schedule-window", new LedgerEntry("planning", true, Optional.of("MW-1")));
        ledger.put("dispatch-technician", new LedgerEntry("field-service", true, Optional.of("FSA-1")));
        ledger.put("complete-notification", new LedgerEntry("eam", true, Optional.of("10000001")));
        ledger.put("set-equipment-running", new LedgerEntry("erp", true, Optional.of("RUNNING")));
        held.notifications.put(KEY, new WorkRecord("10000001", KEY, MOTOR, BEARING_WEAR, false));
        held.reservations.put(KEY, new ReservationRecord("RES-1", KEY));
        held.windows.put(KEY, RecordsHeld.window("MW-1", KEY));
        held.assignments.put(KEY, new AssignmentRecord("FSA-1", KEY, "Ada", true));
        held.equipment.put(MOTOR, EquipmentStatus.RUNNING);
    }

    private List<CheckResult> check(EpisodeState state) {
        return reconciler.check(belief(state, false), held.systems());
    }

    private HubBelief belief(EpisodeState state, boolean superseded) {
        return new HubBelief(EPISODE, MOTOR, state,
                state == EpisodeState.CLOSED ? Optional.of(NOW.minusSeconds(60)) : Optional.empty(), ledger, steps,
                superseded, Optional.of("process-1"), Optional.empty());
    }

    private static Finding onlyFinding(List<CheckResult> results) {
        List<Finding> findings = results.stream().flatMap(result -> result.findings().stream()).toList();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private static CheckResult result(List<CheckResult> results, RecordKind record) {
        return results.stream().filter(result -> result.record() == record).findFirst().orElseThrow();
    }
}
