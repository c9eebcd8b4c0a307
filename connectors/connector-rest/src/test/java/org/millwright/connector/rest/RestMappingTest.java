package org.millwright.connector.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping file is checked when it is loaded; each problem names the file, the line and what is wrong. */
class RestMappingTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("TOKEN", "s3cret");

    @TempDir
    Path directory;

    @Test
    void theShippedExampleServesEveryOperationAndLooksUpBeforeEveryCreate() {
        RestMapping acme = AcmeCmms.mapping();

        assertThat(acme.system()).isEqualTo("acme-cmms");
        assertThat(acme.operations()).containsExactlyInAnyOrder("equipment", "allEquipment", "updateStatus",
                "findOpenWork", "findByExternalReference", "createNotification", "completeNotification", "stock",
                "findReservation", "reserve", "release", "consume", "findRequisition", "requisition", "findWindow",
                "proposeWindow", "findAssignment", "dispatch");
        assertThat(acme.createsWithoutLookup()).isEmpty();
    }

    @Test
    void aCreateWithoutItsLookupIsReported() throws IOException {
        RestMapping mapping = load("""
                operations:
                  requisition:
                    method: POST
                    url: /prs
                    body: {ref: "{{externalReference}}", lines: "{{items}}"}
                    response: {fields: {id: /id}}
                """);

        assertThat(mapping.system()).isEqualTo("mapping");
        assertThat(mapping.createsWithoutLookup()).containsExactly("requisition");
    }

    @Test
    void aSecretIsReadFromAFileAndNeverPrinted() throws IOException {
        Path secret = directory.resolve("token");
        Files.writeString(secret, "from-file-s3cret\n");

        RestMapping mapping = load("""
                headers: {X-Api-Key: {file: %s}}
                operations:
                  release: {method: POST, url: "/reservations/{{reservationId}}/release"}
                """.formatted(secret));

        assertThat(mapping.toString()).doesNotContain("s3cret");
    }

    @Test
    void yamlThatDoesNotParseNamesItsLine() {
        RestConfigException problem = rejected("""
                operations:
                  equipment:
                    method: GET
                    url: [/assets/{{asset}}
                    response: {fields: {erpId: /no}}
                """);

        assertThat(problem.sourceName()).isEqualTo(directory.resolve("mapping.yaml").toString());
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.problem()).isEqualTo("not valid YAML: while parsing a flow sequence; expected ',' or ']',"
                + " but got {");
    }

    @Test
    void aDuplicateKeyIsRejected() {
        RestConfigException problem = rejected("""
                operations:
                  release: {method: POST, url: "/r/{{reservationId}}/release"}
                  release: {method: POST, url: "/r/{{reservationId}}/cancel"}
                """);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.problem()).contains("Duplicate").contains("release");
    }

    @Test
    void anUnknownOperationNamesTheOperationsThereAre() {
        RestConfigException problem = rejected("""
                system: acme
                operations:
                  createWorkOrder: {method: POST, url: /work-orders}
                """);

        assertThat(problem.getMessage()).isEqualTo(file() + " line 3: operations.createWorkOrder: unknown operation"
                + " 'createWorkOrder'; a mapping may serve: equipment, allEquipment, updateStatus, findOpenWork,"
                + " findByExternalReference, createNotification, completeNotification, stock, findReservation, reserve,"
                + " release, consume, findRequisition, requisition, findWindow, proposeWindow, findAssignment, dispatch");
    }

    @Test
    void anUnknownPlaceholderNamesWhatTheOperationOffers() {
        RestConfigException problem = rejected("""
                operations:
                  createNotification:
                    method: POST
                    url: /work
                    body:
                      ref: "{{externalReference}}"
                      text: "{{summary}} on {{asset}}"
                    response: {fields: {id: /id, open: {value: true}}}
                """);

        assertThat(problem.getMessage()).isEqualTo(file() + " line 7: operations.createNotification.body.text:"
                + " unknown placeholder {{summary}}; createNotification offers: externalReference, asset, failureMode,"
                + " severity, shortText, longText, now");
    }

    @Test
    void anUnknownPlaceholderInsideEachOffersTheElementFields() {
        RestConfigException problem = rejected("""
                operations:
                  reserve:
                    method: POST
                    url: /reservations
                    body:
                      lines:
                        each: items
                        as: {part: "{{materialNumber}}"}
                    response: {fields: {id: /id}}
                """);

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.problem()).endsWith("unknown placeholder {{materialNumber}}; reserve offers: material,"
                + " quantity, index, externalReference, asset, plant, items, now");
    }

    @Test
    void aLiteralSecretIsALoadError() {
        RestConfigException problem = rejected("""
                headers:
                  Accept: application/json
                  Authorization: Bearer eyJhbGciOiJIUzI1NiJ9
                operations:
                  release: {method: POST, url: "/r/{{reservationId}}/release"}
                """);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.problem()).isEqualTo("headers.Authorization: header Authorization holds a literal secret;"
                + " write a reference instead: {env: NAME} or {file: /path/to/secret} (with prefix: \"Bearer \" if"
                + " the value needs one)");
    }

    @Test
    void aCredentialInTheQueryIsALoadError() {
        RestConfigException problem = rejected("""
                operations:
                  stock:
                    method: GET
                    url: /stock/{{material}}?api_key=abc123
                    response: {fields: {available: /qty}}
                """);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.problem()).contains("query parameter 'api_key' carries a credential");
    }

    @Test
    void aReferenceToAnUnsetVariableIsALoadError() {
        RestConfigException problem = rejected("""
                headers:
                  Authorization: {env: ACME_TOKEN_MISSING, prefix: "Bearer "}
                operations:
                  release: {method: POST, url: "/r/{{reservationId}}/release"}
                """);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.problem()).isEqualTo("headers.Authorization.env: environment variable ACME_TOKEN_MISSING"
                + " is not set");
    }

    @Test
    void aTableMustCoverEveryConstantOfTheEnumItTranslates() {
        RestConfigException problem = rejected("""
                tables:
                  priority: {TRIP: 1, ALARM: 2}
                operations:
                  createNotification:
                    method: POST
                    url: /work
                    body: {priority: "{{severity | priority}}"}
                    response: {fields: {id: /id, open: {value: true}}}
                """);

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.problem()).endsWith("table 'priority' used in {{severity | priority}} has no entry for"
                + " ADVISORY, WARNING; add them or a default \"*\"");
    }

    @Test
    void aListCannotBeWrittenIntoAUrl() {
        RestConfigException problem = rejected("""
                operations:
                  requisition:
                    method: POST
                    url: /prs?lines={{items}}
                    response: {fields: {id: /id}}
                """);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.problem()).contains("{{items}} is a list");
    }

    @Test
    void aGetCarriesNoBody() {
        RestConfigException problem = rejected("""
                operations:
                  findWindow:
                    method: GET
                    url: /windows
                    body: {ref: "{{externalReference}}"}
                    response: {fields: {id: /id, start: /from, end: /to}}
                """);

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.problem()).startsWith("operations.findWindow.body: a GET request carries no body");
    }

    @Test
    void everyComponentWithoutDefaultMustBeMapped() {
        RestConfigException problem = rejected("""
                operations:
                  findOpenWork:
                    method: GET
                    url: /work?asset={{asset}}
                    response:
                      fields: {id: /number, open: {value: true}}
                """);

        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.problem()).startsWith("operations.findOpenWork.response.fields: field 'externalReference'"
                + " is not mapped");
    }

    @Test
    void anUnknownFieldNamesTheComponentsOfTheRecord() {
        RestConfigException problem = rejected("""
                operations:
                  findRequisition:
                    method: GET
                    url: /prs?ref={{externalReference}}
                    response:
                      fields:
                        id: /number
                        status: /state
                """);

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.problem()).isEqualTo("operations.findRequisition.response.fields.status: unknown field"
                + " 'status'; findRequisition answers id, externalReference");
    }

    @Test
    void aConstantMustBeAValidValueOfItsField() {
        RestConfigException problem = rejected("""
                operations:
                  allEquipment:
                    method: GET
                    url: /assets
                    response:
                      fields:
                        asset.id: /tag
                        asset.name: /name
                        asset.assetClass: {value: ROBOT}
                        asset.location.enterprise: {value: acme}
                        asset.location.site: /site
                        asset.location.area: /area
                        asset.location.line: /line
                        asset.machineGroup: {value: GROUP_2}
                        asset.support: {value: RIGID}
                        erpId: /no
                        plant: /plant
                        status: {value: RUNNING}
                """);

        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.problem()).startsWith("operations.allEquipment.response.fields.asset.assetClass.value: not"
                + " a valid asset.assetClass: 'ROBOT' is not one of MOTOR, PUMP, FAN, SPINDLE");
    }

    @Test
    void jsonPathBeyondTheSubsetIsRejected() {
        RestConfigException problem = rejected("""
                operations:
                  findRequisition:
                    method: GET
                    url: /prs
                    response:
                      fields: {id: "$..number"}
                """);

        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.problem()).contains("uses JSONPath beyond the supported subset");
    }

    @Test
    void aStatusMustBeOne() {
        RestConfigException problem = rejected("""
                errors:
                  retriable: [429, 6xx]
                operations:
                  release: {method: POST, url: "/r/{{reservationId}}/release"}
                """);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.problem()).isEqualTo("errors.retriable[1]: '6xx' is not a status: write 503, a class such"
                + " as 5xx, or a range such as 500-504");
    }

    @Test
    void anUnknownKeyNamesTheAllowedOnes() {
        RestConfigException problem = rejected("""
                operations:
                  release: {method: POST, url: "/r/{{reservationId}}/release", retries: 3}
                """);

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.problem()).isEqualTo("operations.release.retries: unknown key 'retries'; allowed:"
                + " description, method, url, headers, body, response, errors, alreadyDone");
    }

    @Test
    void yamlAliasesAreRejectedRatherThanReadAsText() {
        RestConfigException problem = rejected("""
                tables:
                  a: &shared {X: 1}
                  b: *shared
                operations:
                  release: {method: POST, url: "/r/{{reservationId}}/release"}
                """);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.problem()).startsWith("YAML aliases (*name) are not supported");
    }

    @Test
    void aMissingFileIsNamed() {
        RestConfigException problem = catchThrowableOfType(RestConfigException.class,
                () -> RestMapping.load(directory.resolve("absent.yaml"), ENVIRONMENT::get));

        assertThat(problem.getMessage()).startsWith(directory.resolve("absent.yaml") + ": cannot read ");
    }

    private RestMapping load(String yaml) throws IOException {
        Files.writeString(file(), yaml);
        return RestMapping.load(file(), ENVIRONMENT::get);
    }

    private Path file() {
        return directory.resolve("mapping.yaml");
    }

    private RestConfigException rejected(String yaml) {
        return catchThrowableOfType(RestConfigException.class, () -> load(yaml));
    }
}
