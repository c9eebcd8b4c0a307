package org.millwright.connector.sap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.millwright.connector.sap.SapStub.BEARING;
import static org.millwright.connector.sap.SapStub.EQUIPMENT;
import static org.millwright.connector.sap.SapStub.MOTOR;
import static org.millwright.connector.sap.SapStub.REQUISITIONS;
import static org.millwright.connector.sap.SapStub.RESERVATIONS;
import static org.millwright.connector.sap.SapStub.STOCK;

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
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.SparePart;
import org.millwright.connector.StockLevel;
import org.millwright.model.AssetId;

/** The asset-master, inventory and procurement ports against stubs of the SAP services. */
class SapLogisticsIT {
    private static final String REFERENCE = "EP-7F3A9C2E11AB";
    private static final String MATERIAL = "BRG-6204-2RS";
    private static SapStub sap;

    @BeforeAll
    static void start() {
        sap = new SapStub();
    }

    @AfterAll
    static void stop() {
        sap.close();
    }

    @BeforeEach
    void reset() {
        sap.server.resetAll();
    }

    @Test
    void sumsTheDecimalStockRowsOfTheConfiguredStockType() {
        sap.query(STOCK + "A_MatlStkInAcctMod", "Material eq 'BRG-6204-2RS' and Plant eq '1710' and "
                        + "StorageLocation eq '171A' and InventoryStockType eq '01'",
                stockRow("", "12.00000000000000"), stockRow("B-0001", "3.50000000000000"));

        StockLevel stock = sap.connector().stock(MATERIAL, "1710");

        assertThat(stock).isEqualTo(new StockLevel(MATERIAL, "1710", 15));
    }

    @Test
    void reportsNoStockWhenSapHasNoRows() {
        sap.server.stubFor(get(
                urlPathEqualTo(STOCK + "A_MatlStkInAcctMod")).willReturn(
                okJson(SapStub.collection())));

        assertThat(sap.connector().stock(MATERIAL, "1710").available()).isZero();
    }

    @Test
    void readsTheOpenTimeSegmentOfTheLinkedEquipment() {
        sap.query(EQUIPMENT + "Equipment", "Equipment eq '210100094'",
                equipment("/Date(1704067200000)/", "Old name", false),
                equipment("/Date(253402214400000)/", "CNC machining centre 07", false));

        EquipmentRecord record = sap.connector().equipment(MOTOR).orElseThrow();

        assertThat(record.erpId()).isEqualTo("210100094");
        assertThat(record.plant()).isEqualTo("1710");
        assertThat(record.asset().name()).isEqualTo("CNC machining centre 07");
        assertThat(record.status()).isEqualTo(EquipmentStatus.RUNNING);
        assertThat(record.sparePartsFor(BEARING)).containsExactly(new SparePart(MATERIAL, 2));
    }

    @Test
    void readsInactiveEquipmentAsStoppedAndListsAllLinkedEquipment() {
        sap.query(EQUIPMENT + "Equipment", "Equipment eq '210100094'",
                equipment("/Date(253402214400000)/", "CNC machining centre 07", true));

        List<EquipmentRecord> all = sap.connector().allEquipment();

        assertThat(all).singleElement().satisfies(record -> {
            assertThat(record.asset().id()).isEqualTo(MOTOR);
            assertThat(record.status()).isEqualTo(EquipmentStatus.STOPPED);
        });
    }

    @Test
    void knowsNoEquipmentForAnUnlinkedAssetOrOneSapDoesNotHave() {
        sap.query(EQUIPMENT + "Equipment", "Equipment eq '210100094'");

        assertThat(sap.connector().equipment(MOTOR)).isEmpty();
        assertThat(sap.connector().equipment(AssetId.of("south-l9-pump-99"))).isEmpty();
    }

    @Test
    void reservesByDeepInsertMarkedWithTheReferenceAfterLookingItUp() {
        sap.csrf(RESERVATIONS, "R1");
        sap.query(RESERVATIONS + "A_ReservationDocumentItem", "ReservationItemText eq '" + REFERENCE + "'");
        sap.server.stubFor(post(urlPathEqualTo(RESERVATIONS + "A_ReservationDocumentHeader"))
                .withHeader("x-csrf-token", equalTo("R1")).willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json").withBody("""
                                {"d":{"Reservation":"0000012345","GoodsMovementType":"201",
                                 "to_ReservationDocumentItem":{"results":[{"Reservation":"0000012345",
                                 "ReservationItem":"0001","Product":"BRG-6204-2RS"}]}}}""")));

        ReservationRecord reservation = sap.connector().reserve(new ReservationRequest(REFERENCE, MOTOR, "1710",
                List.of(new SparePart(MATERIAL, 2))));

        assertThat(reservation).isEqualTo(new ReservationRecord("0000012345", REFERENCE));
        sap.server.verify(postRequestedFor(urlPathEqualTo(RESERVATIONS + "A_ReservationDocumentHeader"))
                .withRequestBody(equalToJson("""
                        {"GoodsMovementType":"201","CostCenter":"17101101","ReservationDate":"/Date(1715644800000)/",
                         "to_ReservationDocumentItem":{"results":[{"Product":"BRG-6204-2RS","Plant":"1710",
                         "StorageLocation":"171A","ResvnItmRequiredQtyInBaseUnit":"2",
                         "MatlCompRequirementDate":"/Date(1715644800000)/","GoodsMovementIsAllowed":true,
                         "ReservationItemText":"EP-7F3A9C2E11AB"}]}}""")));
    }

    @Test
    void returnsTheExistingReservationAndIgnoresDeletedItems() {
        sap.query(RESERVATIONS + "A_ReservationDocumentItem", "ReservationItemText eq '" + REFERENCE + "'",
                "{\"Reservation\":\"0000011111\",\"ReservationItem\":\"0001\",\"ReservationItmIsMarkedForDeltn\":true}",
                "{\"Reservation\":\"0000012345\",\"ReservationItem\":\"0001\",\"ReservationItmIsMarkedForDeltn\":false}");

        ReservationRecord reservation = sap.connector().reserve(new ReservationRequest(REFERENCE, MOTOR, "1710",
                List.of(new SparePart(MATERIAL, 2))));

        assertThat(reservation.id()).isEqualTo("0000012345");
        sap.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void requisitionsByDeepInsertWithTheExternalReferenceOnEveryItem() {
        sap.csrf(REQUISITIONS, "P1");
        sap.query(REQUISITIONS + "A_PurchaseRequisitionItem", "PurReqnExternalReference eq '" + REFERENCE + "'");
        sap.server.stubFor(post(urlPathEqualTo(REQUISITIONS + "A_PurchaseRequisitionHeader"))
                .withHeader("x-csrf-token", equalTo("P1")).willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"d\":{\"PurchaseRequisition\":\"0010000456\",\"PurchaseRequisitionType\":\"NB\"}}")));

        RequisitionRecord requisition = sap.connector().requisition(new RequisitionRequest(REFERENCE, MOTOR, "1710",
                List.of(new SparePart(MATERIAL, 4), new SparePart("SEAL-62", 1))));

        assertThat(requisition).isEqualTo(new RequisitionRecord("0010000456", REFERENCE));
        sap.server.verify(postRequestedFor(urlPathEqualTo(REQUISITIONS + "A_PurchaseRequisitionHeader"))
                .withRequestBody(equalToJson("""
                        {"PurchaseRequisitionType":"NB","PurReqnDescription":"Spare parts north-l1-motor-01 EP-7F3A9C2",
                         "to_PurchaseReqnItem":{"results":[
                          {"PurchaseRequisitionItem":"10","Material":"BRG-6204-2RS","RequestedQuantity":"4",
                           "Plant":"1710","PurchasingOrganization":"1710","PurchasingGroup":"001","CompanyCode":"1710",
                           "DeliveryDate":"/Date(1716249600000)/","PurReqnExternalReference":"EP-7F3A9C2E11AB",
                           "PurReqnExternalSystemId":"millwright-test"},
                          {"PurchaseRequisitionItem":"20","Material":"SEAL-62","RequestedQuantity":"1",
                           "Plant":"1710","PurchasingOrganization":"1710","PurchasingGroup":"001","CompanyCode":"1710",
                           "DeliveryDate":"/Date(1716249600000)/","PurReqnExternalReference":"EP-7F3A9C2E11AB",
                           "PurReqnExternalSystemId":"millwright-test"}]}}""")));
    }

    @Test
    void findsTheRequisitionByItsExternalReference() {
        sap.query(REQUISITIONS + "A_PurchaseRequisitionItem", "PurReqnExternalReference eq '" + REFERENCE + "'",
                "{\"PurchaseRequisition\":\"0010000456\",\"PurchaseRequisitionItem\":\"10\","
                        + "\"PurReqnExternalReference\":\"" + REFERENCE + "\"}");

        assertThat(sap.connector().findRequisition(REFERENCE))
                .contains(new RequisitionRecord("0010000456", REFERENCE));
        assertThat(sap.connector().requisition(new RequisitionRequest(REFERENCE, MOTOR, "1710",
                List.of(new SparePart(MATERIAL, 4))))).isEqualTo(new RequisitionRecord("0010000456", REFERENCE));
        sap.server.verify(0, postRequestedFor(urlPathMatching(".*")));
    }

    @Test
    void refusesToSetAnEquipmentStatusAsNotSupported() {
        ConnectorException failure = catchThrowableOfType(ConnectorException.class, () -> sap.connector()
                .updateStatus(MOTOR, EquipmentStatus.RUNNING, REFERENCE));

        assertThat(failure.kind()).isEqualTo(ConnectorException.Kind.PERMANENT);
        assertThat(failure.upstreamMessage()).contains("not supported by the SAP adapter");
    }

    private static String stockRow(String batch, String quantity) {
        return """
                {"__metadata":{"type":"API_MATERIAL_STOCK_SRV.A_MatlStkInAcctModType"},"Material":"BRG-6204-2RS",
                 "Plant":"1710","StorageLocation":"171A","Batch":"%s","InventorySpecialStockType":"",
                 "InventoryStockType":"01","MaterialBaseUnit":"PC","MatlWrhsStkQtyInMatlBaseUnit":"%s"}"""
                .formatted(batch, quantity);
    }

    private static String equipment(String validityEnd, String name, boolean inactive) {
        return """
                {"__metadata":{"type":"cds_api_equipment.EquipmentType"},"Equipment":"210100094",
                 "ValidityEndDate":"%s","EquipmentName":"%s","MaintenancePlanningPlant":"1710",
                 "MaintenancePlant":"1710","EquipmentIsInactive":%s,"EquipmentIsMarkedForDeletion":false}"""
                .formatted(validityEnd, name, inactive);
    }
}
