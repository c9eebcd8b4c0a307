package org.millwright.connector.tryton;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.tryton.TrytonFixtures.newKey;
import static org.millwright.connector.tryton.TrytonFixtures.requisition;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.SparePart;
import tools.jackson.databind.JsonNode;

/** The procurement port against a real Tryton 6.0: purchase requests, checked in Tryton itself. */
class TrytonProcurementIT {
    private static final String SEAL_KIT = "SEAL-KIT-C45";
    private static final String HOSE = "HOSE-HYD-12";

    @RegisterExtension
    static final TrytonServer TRYTON = new TrytonServer();

    private static TrytonQueries tryton;
    private static TrytonConnector connector;
    private static WireTap tap;
    private static TrytonConnector tapped;

    @BeforeAll
    static void connect() throws IOException {
        tryton = TrytonQueries.admin(TRYTON);
        connector = TrytonFixtures.connector(TRYTON.url(), PartialStockPolicy.KEEP_PARTIAL);
        tap = new WireTap(TRYTON.port());
        tapped = TrytonFixtures.connector(tap.url(), PartialStockPolicy.KEEP_PARTIAL);
    }

    @AfterAll
    static void closeTap() throws IOException {
        tap.close();
    }

    @Test
    void createsOneDraftPurchaseRequestPerItemMarkedWithTheHubKey() {
        String key = newKey();

        RequisitionRecord record = connector.requisition(requisition(key, new SparePart(SEAL_KIT, 2),
                new SparePart(HOSE, 15)));

        List<JsonNode> requests = tryton.purchaseRequests("[hub:" + key + "]");
        assertThat(requests).hasSize(2);
        assertThat(record.externalReference()).isEqualTo(key);
        assertThat(record.id()).isEqualTo(requests.get(0).get("id").asString() + "," + requests.get(1).get("id")
                .asString());
        LocalDate supply = LocalDate.now().plusDays(TrytonFixtures.LEAD_TIME.toDays());
        assertThat(requests).extracting(row -> row.get("product.").get("code").asString() + " "
                        + row.get("quantity").asDouble() + " " + row.get("uom.").get("symbol").asString() + " "
                        + row.get("warehouse.").get("code").asString() + " " + row.get("state").asString() + " "
                        + date(row.get("supply_date")))
                .containsExactly(SEAL_KIT + " 2.0 u WH draft " + supply, HOSE + " 15.0 m WH draft " + supply);
        assertThat(requests.get(0).get("description").asString())
                .isEqualTo("[hub:" + key + "] 2 x " + SEAL_KIT + " for asset press-p07 at plant 1000");
    }

    @Test
    void findsTheRequisitionByItsKeyAndNoneForAnUnknownKey() {
        String key = newKey();
        RequisitionRecord record = connector.requisition(requisition(key, new SparePart(SEAL_KIT, 1)));

        assertThat(connector.findRequisition(key)).contains(record);
        assertThat(connector.findRequisition(newKey())).isEmpty();
    }

    @Test
    void keysThatDifferOnlyInCaseOrByALikeWildcardAreDifferentRequisitions() {
        String key = "EP-" + Long.toHexString(System.nanoTime()).toUpperCase();
        RequisitionRecord upper = connector.requisition(requisition(key, new SparePart(SEAL_KIT, 1)));

        RequisitionRecord lower = connector.requisition(requisition(key.toLowerCase(), new SparePart(SEAL_KIT, 1)));

        assertThat(lower.id()).isNotEqualTo(upper.id());
        assertThat(connector.findRequisition(key)).contains(upper);
        assertThat(connector.findRequisition(key.substring(0, key.length() - 1) + "_")).isEmpty();
    }

    @Test
    void requisitioningTheSameKeyFiveTimesLeavesOneRequestInTryton() {
        String key = newKey();

        List<RequisitionRecord> records = IntStream.range(0, 5)
                .mapToObj(i -> connector.requisition(requisition(key, new SparePart(SEAL_KIT, 3)))).toList();

        assertThat(records).containsOnly(records.get(0));
        assertThat(tryton.purchaseRequests("[hub:" + key + "]")).hasSize(1);
    }

    @Test
    void aLostAnswerToTheCreateIsRetriableAndTheRetryFindsWhatTrytonCommitted() {
        String key = newKey();
        tap.loseNextAnswerTo("model.purchase.request.create");

        ConnectorException lost = catchThrowableOfType(ConnectorException.class,
                () -> tapped.requisition(requisition(key, new SparePart(SEAL_KIT, 4))));

        assertThat(lost.isRetriable()).isTrue();
        assertThat(tryton.purchaseRequests("[hub:" + key + "]")).as("Tryton committed the create").hasSize(1);

        RequisitionRecord retried = tapped.requisition(requisition(key, new SparePart(SEAL_KIT, 4)));

        List<JsonNode> requests = tryton.purchaseRequests("[hub:" + key + "]");
        assertThat(requests).hasSize(1);
        assertThat(retried.id()).isEqualTo(requests.get(0).get("id").asString());
    }

    @Test
    void aCancelledRequestNoLongerCountsForItsKey() {
        String key = newKey();
        RequisitionRecord first = connector.requisition(requisition(key, new SparePart(SEAL_KIT, 1)));
        tryton.call("model.purchase.request.write", List.of(List.of(Long.parseLong(first.id())),
                Map.of("state", "cancelled")), Map.of());

        RequisitionRecord second = connector.requisition(requisition(key, new SparePart(SEAL_KIT, 1)));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(connector.findRequisition(key)).contains(second);
    }

    @Test
    void anUnknownMaterialIsAPermanentFailureAndNothingIsCreated() {
        String key = newKey();

        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> connector.requisition(
                requisition(key, new SparePart(SEAL_KIT, 1), new SparePart("NO-SUCH-PART", 2))));

        assertThat(failure.isRetriable()).isFalse();
        assertThat(failure.operation()).isEqualTo("requisition");
        assertThat(failure.upstreamMessage()).contains("unknown material 'NO-SUCH-PART'");
        assertThat(tryton.purchaseRequests("[hub:" + key + "]")).isEmpty();
    }

    /** Tryton's date object as a date. */
    private static LocalDate date(JsonNode node) {
        return LocalDate.of(node.get("year").asInt(), node.get("month").asInt(), node.get("day").asInt());
    }
}
