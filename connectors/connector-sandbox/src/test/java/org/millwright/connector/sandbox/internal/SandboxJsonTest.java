package org.millwright.connector.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.SparePart;
import org.millwright.model.AssetClass;
import org.millwright.model.FailureMode;
import org.millwright.model.MachineGroup;
import org.millwright.model.Severity;
import org.millwright.model.SupportType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SandboxJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MOTOR = """
            {"id":"north-l1-motor-01","erpId":"10000101","name":"Drive motor","assetClass":"MOTOR",
             "enterprise":"acme","site":"north","area":"assembly","line":"line-1","machineGroup":"GROUP_2",
             "supportType":"RIGID","plant":"1000","status":"DEGRADED",
             "spareParts":{"bearing-wear":[{"material":"BRG-6205","quantity":2}]},"createdAt":"2026-01-01T00:00:00Z"}""";

    @Test
    void mapsSeverityToPriorityWithTripMostUrgent() {
        assertThat(SandboxJson.priority(Severity.TRIP)).isEqualTo(1);
        assertThat(SandboxJson.priority(Severity.ALARM)).isEqualTo(2);
        assertThat(SandboxJson.priority(Severity.WARNING)).isEqualTo(3);
        assertThat(SandboxJson.priority(Severity.ADVISORY)).isEqualTo(4);
    }

    @Test
    void buildsTheCanonicalAssetFromEquipmentJson() {
        EquipmentRecord record = SandboxJson.equipment(JSON.readTree(MOTOR));

        assertThat(record.asset().id().value()).isEqualTo("north-l1-motor-01");
        assertThat(record.asset().assetClass()).isEqualTo(AssetClass.MOTOR);
        assertThat(record.asset().location().path()).isEqualTo("acme/north/assembly/line-1");
        assertThat(record.asset().machineGroup()).isEqualTo(MachineGroup.GROUP_2);
        assertThat(record.asset().support()).isEqualTo(SupportType.RIGID);
        assertThat(record.erpId()).isEqualTo("10000101");
        assertThat(record.status()).isEqualTo(EquipmentStatus.DEGRADED);
        assertThat(record.sparePartsFor(FailureMode.of("bearing-wear"))).containsExactly(new SparePart("BRG-6205", 2));
    }

    @Test
    void rejectsEquipmentWithAnUnknownMachineGroupNamingTheField() {
        JsonNode json = JSON.readTree(MOTOR.replace("GROUP_2", "GROUP_9"));

        assertThatThrownBy(() -> SandboxJson.equipment(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("machineGroup").hasMessageContaining("GROUP_9");
    }

    @Test
    void treatsOnlyCompletedNotificationsAsClosedWork() {
        JsonNode inProcess = JSON.readTree("""
                {"id":"10000001","externalReference":"ep-1","equipment":"m-1","failureMode":"overheating",
                 "status":"IN_PROCESS"}""");

        assertThat(SandboxJson.work(inProcess).open()).isTrue();
        assertThat(SandboxJson.work(JSON.readTree(inProcess.toString().replace("IN_PROCESS", "COMPLETED"))).open())
                .isFalse();
    }
}
