package org.millwright.connector.maximo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.maximo.MaximoStub.BEARING;
import static org.millwright.connector.maximo.MaximoStub.MOTOR;
import static org.millwright.connector.maximo.MaximoStub.OS;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.StockLevel;

/** The asset-master, inventory and procurement ports against stubs of {@code mxapiasset}, {@code mxapiinventory}, {@code mxapipr}. */
class MaximoSupplyIT {
    private static final String REFERENCE = "EP-7F3A9C2E11AB";
    private static final String ASSET_WHERE = "assetnum=\"11430\" and siteid=\"BEDFORD\"";
    private static final String STOCK_WHERE = "itemnum=\"BRG-6204\" and siteid=\"BEDFORD\" and location=\"CENTRAL\"";
    private static final String PR_WHERE = "externalrefid=\"" + REFERENCE + "\" and siteid=\"BEDFORD\"";
    private static MaximoStub maximo;

    @BeforeAll
    static void start() {
        maximo = new MaximoStub();
    }

    @AfterAll
    static void stop() {
        maximo.close();
    }

    @BeforeEach
    void reset() {
        maximo.server.resetAll();
    }

    @Test
    void readsTheLinkedAssetWithItsMappedStatus() {
        maximo.query("mxapiasset", ASSET_WHERE, asset("LIMITEDUSE"));

        EquipmentRecord record = maximo.connector().equipment(MOTOR).orElseThrow();

        assertThat(record.erpId()).isEqualTo("11430");
        assertThat(record.plant()).isEqualTo("BEDFORD");
        assertThat(record.asset().name()).isEqualTo("CNC machining centre 07");
        assertThat(record.status()).isEqualTo(EquipmentStatus.DEGRADED);
        assertThat(record.sparePartsFor(BEARING)).containsExactly(new SparePart("BRG-6204", 2));
        assertThat(maximo.connector().allEquipment()).extracting(r -> r.asset().id()).containsExactly(MOTOR);
    }

    @Test
    void knowsNoAssetWhenMaximoAnswersAnEmptyMemberList() {
        maximo.query("mxapiasset", ASSET_WHERE);

        assertThat(maximo.connector().equipment(MOTOR)).isEmpty();
    }

    @Test
    void refusesAnAssetStatusWithoutConfiguredMapping() {
        maximo.query("mxapiasset", ASSET_WHERE, asset("SEALED"));

        ConnectorException failure = catchThrowableOfType(ConnectorException.class,
                () -> maximo.connector().equipment(MOTOR));

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        assertThat(failure.upstreamMessage()).contains("asset status 'SEALED' has no configured equipment status");
    }

    @Test
    void readsTheAvailableBalanceOfThePlantsStoreroom() {
        maximo.query("mxapiinventory", STOCK_WHERE, """
                {"itemnum":"BRG-6204","location":"CENTRAL","siteid":"BEDFORD","curbaltotal":12.0,"avblbalance":10.0,
                 "invbalances":[{"binnum":"A-12-3","curbal":12.0,"_rowstamp":"39508"}]}""");

        assertThat(maximo.connector().stock("BRG-6204", "1710")).isEqualTo(new StockLevel("BRG-6204", "1710", 10));
    }

    @Test
    void sumsTheBinsWhenMaximoSendsNoTotals() {
        maximo.query("mxapiinventory", STOCK_WHERE, """
                {"itemnum":"BRG-6204","location":"CENTRAL","siteid":"BEDFORD",
                 "invbalances":[{"binnum":"A-12-3","curbal":4.0},{"binnum":"A-12-4","lotnum":"L7","curbal":"2.5"}]}""");

        assertThat(maximo.connector().stock("BRG-6204", "1710").available()).isEqualTo(6);
    }

    @Test
    void createsARequisitionWithLinesForThePlantsStoreroom() {
        maximo.query("mxapipr", PR_WHERE);
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapipr")).withQueryParam("lean", equalTo("1"))
                .withHeader("apikey", equalTo(MaximoStub.API_KEY))
                .withHeader("properties", equalTo("prnum,siteid,status,externalrefid,href"))
                .withHeader("transactionid", equalTo("millwright-" + REFERENCE + "-create-mxapipr"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"prnum\":\"1045\",\"status\":\"WAPPR\",\"href\":\""
                                + maximo.href("mxapipr", "_MTA0NQ--") + "\"}")));

        RequisitionRecord requisition = maximo.connector().requisition(new RequisitionRequest(REFERENCE, MOTOR, "1710",
                List.of(new SparePart("BRG-6204", 4))));

        assertThat(requisition).isEqualTo(new RequisitionRecord("1045", REFERENCE));
        maximo.server.verify(postRequestedFor(urlPathEqualTo(OS + "mxapipr")).withRequestBody(equalToJson("""
                {"siteid":"BEDFORD","orgid":"EAGLENA",
                 "description":"Spare parts for north-l1-motor-01 (EP-7F3A9C2E11AB)","externalrefid":"EP-7F3A9C2E11AB",
                 "requireddate":"2024-05-21T08:15:00+00:00",
                 "prline":[{"linetype":"ITEM","itemnum":"BRG-6204","orderqty":4,"storeloc":"CENTRAL"}]}""")));
    }

    @Test
    void answersA409OnTheRequisitionWithTheOneMaximoAlreadyHolds() {
        maximo.server.stubFor(maximo.queried("mxapipr", PR_WHERE).inScenario("retry").whenScenarioStateIs(STARTED)
                .willReturn(okJson(MaximoStub.collection())));
        maximo.server.stubFor(post(urlPathEqualTo(OS + "mxapipr")).inScenario("retry").whenScenarioStateIs(STARTED)
                .willSetStateTo("committed").willReturn(aResponse().withStatus(409)
                        .withBody(MaximoStub.error("BMXAA9549E", "The transaction was already processed", 409))));
        maximo.server.stubFor(maximo.queried("mxapipr", PR_WHERE).inScenario("retry").whenScenarioStateIs("committed")
                .willReturn(okJson(MaximoStub.collection("{\"prnum\":\"1045\",\"status\":\"WAPPR\",\"externalrefid\":\""
                        + REFERENCE + "\"}"))));

        RequisitionRecord requisition = maximo.connector().requisition(new RequisitionRequest(REFERENCE, MOTOR, "1710",
                List.of(new SparePart("BRG-6204", 4))));

        assertThat(requisition).isEqualTo(new RequisitionRecord("1045", REFERENCE));
        maximo.server.verify(1, postRequestedFor(urlPathEqualTo(OS + "mxapipr")));
    }

    @Test
    void findsTheRequisitionByReferenceAndDoesNotCreateASecond() {
        maximo.query("mxapipr", PR_WHERE, "{\"prnum\":\"1045\",\"status\":\"WAPPR\",\"externalrefid\":\"" + REFERENCE + "\"}");

        assertThat(maximo.connector().findRequisition(REFERENCE)).contains(new RequisitionRecord("1045", REFERENCE));
        assertThat(maximo.connector().requisition(new RequisitionRequest(REFERENCE, MOTOR, "1710",
                List.of(new SparePart("BRG-6204", 4)))).id()).isEqualTo("1045");
        maximo.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void refusesReservationsAndStatusChangesAsNotSupported() {
        MaximoConnector connector = maximo.connector();

        ConnectorException reserve = catchThrowableOfType(ConnectorException.class, () -> connector.reserve(
                new ReservationRequest(REFERENCE, MOTOR, "1710", List.of(new SparePart("BRG-6204", 2)))));
        ConnectorException find = catchThrowableOfType(ConnectorException.class,
                () -> connector.findReservation(REFERENCE));
        ConnectorException status = catchThrowableOfType(ConnectorException.class,
                () -> connector.updateStatus(MOTOR, EquipmentStatus.RUNNING, REFERENCE));

        assertThat(List.of(reserve, find, status)).allSatisfy(failure -> {
            assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
            assertThat(failure.upstreamMessage()).contains("not supported by Maximo adapter");
        });
        maximo.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    private static String asset(String status) {
        return """
                {"assetnum":"11430","siteid":"BEDFORD","description":"CNC machining centre 07","status":"%s",
                 "location":"BR430","_rowstamp":"36654","href":"%s"}""".formatted(status,
                maximo.href("mxapiasset", "_MTE0MzAvQkVERk9SRA--"));
    }
}
