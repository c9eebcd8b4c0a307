package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What an operator reads: health of every part, the OpenAPI document, and metrics. */
class OperationsIT extends HubIT {

    @Test
    void healthReportsBrokerDatabaseWorkflowEngineAndEverySystemOfRecord() {
        JsonNode health = Http.getJson(hub("/actuator/health"));

        assertThat(health.get("status").asString()).isEqualTo("UP");
        for (String part : new String[] {"broker", "db", "workflowEngine", "systemsOfRecord"}) {
            assertThat(health.get("components").get(part).get("status").asString()).as(part).isEqualTo("UP");
        }
        for (String system : new String[] {"erp", "eam", "planning", "field-service"}) {
            JsonNode component = health.get("components").get("systemsOfRecord").get("components").get(system);
            assertThat(component.get("status").asString()).as(system).isEqualTo("UP");
            assertThat(component.get("details").get("circuit").asString()).as(system).isEqualTo("CLOSED");
        }
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        JsonNode paths = Http.getJson(hub("/v3/api-docs")).get("paths");

        assertThat(paths.has("/api/v1/episodes")).isTrue();
        assertThat(paths.has("/api/v1/episodes/{id}")).isTrue();
        assertThat(paths.has("/api/v1/dead-letters")).isTrue();
        assertThat(paths.has("/api/v1/callbacks/field-service")).isTrue();
    }

    @Test
    void prometheusExposesIngestPipelineAndEpisodeMetrics() {
        String metrics = Http.get(hub("/actuator/prometheus")).body();

        assertThat(metrics).contains("millwright_ingest_samples_total{outcome=\"accepted\",reason=\"none\"}",
                "millwright_pipeline_queue_depth{partition=\"0\"}", "millwright_dead_letters",
                "millwright_episodes_open", "millwright_connector_circuit_state{system=\"erp\"}");
    }

    @Test
    void callbackMissingFieldsIsRejectedNamingThem() {
        Http.Response response = Http.post(hub("/api/v1/callbacks/field-service"), "{\"assignmentId\":\"FSA-1\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("externalReference", "technician", "completedAt");
    }

    @Test
    void malformedJsonIsRejectedSayingWhere() {
        Http.Response response = Http.post(hub("/api/v1/callbacks/field-service"), "{\"assignmentId\":");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON");
    }

    @Test
    void callbackWithAForeignReferenceIsRejectedWithAReason() {
        Http.Response response = Http.post(hub("/api/v1/callbacks/field-service"),
                "{\"assignmentId\":\"FSA-1\",\"externalReference\":\"WO-42\",\"technician\":\"x\","
                        + "\"completedAt\":\"2026-11-25T10:00:00Z\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("externalReference");
    }
}
