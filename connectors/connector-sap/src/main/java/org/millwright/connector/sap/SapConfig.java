package org.millwright.connector.sap;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

/**
 * Everything the SAP adapter needs to know about one S/4HANA tenant. Customizing values (notification type,
 * priorities, plants, work centre, movement type, purchasing organization...) differ per tenant, so they all
 * live here and none is a constant in the code.
 *
 * @param connection    where SAP is and how to log in
 * @param notifications maintenance notifications ({@code API_MAINTNOTIFICATION})
 * @param stock         material stock ({@code API_MATERIAL_STOCK_SRV})
 * @param reservations  reservations ({@code API_RESERVATION_DOCUMENT_SRV})
 * @param requisitions  purchase requisitions ({@code API_PURCHASEREQ_PROCESS_SRV})
 * @param equipment     equipment master ({@code API_EQUIPMENT}) and the cross-reference asset → SAP equipment
 */
public record SapConfig(Connection connection, Notifications notifications, Stock stock, Reservations reservations,
                        Requisitions requisitions, Equipment equipment) {
    public SapConfig {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(reservations, "reservations");
        Objects.requireNonNull(requisitions, "requisitions");
        Objects.requireNonNull(equipment, "equipment");
    }

    /**
     * @param serviceRoot    the root the OData services hang below, e.g. {@code https://s4.example.com/sap/opu/odata/sap/};
     *                       use HTTPS in production (SAP marks its session cookies {@code Secure})
     * @param user           technical (communication) user, sent with basic authentication
     * @param password       its password
     * @param requestTimeout connect timeout and the longest wait for each answer
     * @param sapClient      {@code sap-client} on a multi-client on-premise system
     */
    public record Connection(URI serviceRoot, String user, String password, Duration requestTimeout,
                             Optional<String> sapClient) {
        public Connection {
            Objects.requireNonNull(serviceRoot, "serviceRoot");
            requireText(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(sapClient, "sapClient");
            if (!serviceRoot.isAbsolute() || !serviceRoot.getPath().endsWith("/")) {
                throw new IllegalArgumentException("serviceRoot must be absolute and end with '/', like "
                        + "https://s4.example.com/sap/opu/odata/sap/: " + serviceRoot);
            }
            if (requestTimeout.isNegative() || requestTimeout.isZero()) {
                throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
            }
        }
    }

    /**
     * @param service          the notification service path, e.g. {@code API_MAINTNOTIFICATION}
     * @param notificationType {@code NotificationType}, e.g. {@code M2} (malfunction report)
     * @param priorities       {@code MaintPriority} per severity, e.g. TRIP → 1 ... ADVISORY → 4; every severity needed
     * @param planningPlant    {@code MaintenancePlanningPlant}; empty lets SAP derive it from the equipment
     * @param mainWorkCenter   {@code MainWorkCenter}; empty lets SAP derive it from the equipment
     * @param reportedByUser   {@code ReportedByUser}, e.g. {@code IOT_HUB}
     * @param failureCodes     catalog coding ({@code MaintNotificationCodeGroup}/{@code MaintNotificationCode}) per
     *                         failure mode; a notification whose coding is not listed reads as failure mode
     *                         {@code unspecified}
     * @param closedPhases     {@code NotifProcessingPhase} values that mean completed or deleted, e.g. 4 and 5
     */
    public record Notifications(String service, String notificationType, Map<Severity, String> priorities,
                                Optional<String> planningPlant, Optional<String> mainWorkCenter,
                                Optional<String> reportedByUser, Map<FailureMode, CatalogCode> failureCodes,
                                Set<String> closedPhases) {
        public Notifications {
            requireText(service, "service");
            requireText(notificationType, "notificationType");
            priorities = Map.copyOf(new EnumMap<>(priorities));
            for (Severity severity : Severity.values()) {
                if (!priorities.containsKey(severity)) {
                    throw new IllegalArgumentException("priorities has no MaintPriority for severity " + severity);
                }
            }
            Objects.requireNonNull(planningPlant, "planningPlant");
            Objects.requireNonNull(mainWorkCenter, "mainWorkCenter");
            Objects.requireNonNull(reportedByUser, "reportedByUser");
            failureCodes = Map.copyOf(failureCodes);
            closedPhases = Set.copyOf(closedPhases);
            if (closedPhases.isEmpty()) {
                throw new IllegalArgumentException("closedPhases must name at least one NotifProcessingPhase");
            }
        }
    }

    /** A code from a catalog (code group + code), as SAP codes notifications. */
    public record CatalogCode(String codeGroup, String code) {
        public CatalogCode {
            requireText(codeGroup, "codeGroup");
            requireText(code, "code");
        }
    }

    /**
     * @param service         e.g. {@code API_MATERIAL_STOCK_SRV}
     * @param stockType       {@code InventoryStockType} counted as available, e.g. {@code 01} (unrestricted use)
     * @param storageLocation restricts the sum to one storage location; empty sums the whole plant
     */
    public record Stock(String service, String stockType, Optional<String> storageLocation) {
        public Stock {
            requireText(service, "service");
            requireText(stockType, "stockType");
            Objects.requireNonNull(storageLocation, "storageLocation");
        }
    }

    /**
     * @param service           e.g. {@code API_RESERVATION_DOCUMENT_SRV}
     * @param goodsMovementType e.g. {@code 201} (goods issue to a cost centre); must fit the account assignment
     * @param costCenter        the cost centre the parts are issued to
     * @param storageLocation   {@code StorageLocation} of the items; empty lets SAP decide at issue
     */
    public record Reservations(String service, String goodsMovementType, String costCenter,
                               Optional<String> storageLocation) {
        public Reservations {
            requireText(service, "service");
            requireText(goodsMovementType, "goodsMovementType");
            requireText(costCenter, "costCenter");
            Objects.requireNonNull(storageLocation, "storageLocation");
        }
    }

    /**
     * @param service                e.g. {@code API_PURCHASEREQ_PROCESS_SRV}
     * @param requisitionType        {@code PurchaseRequisitionType}, e.g. {@code NB}
     * @param purchasingOrganization {@code PurchasingOrganization}
     * @param purchasingGroup        {@code PurchasingGroup}
     * @param companyCode            {@code CompanyCode}; empty lets SAP derive it from the plant
     * @param externalSystemId       {@code PurReqnExternalSystemId}, names this hub, e.g. {@code millwright-prod}
     * @param deliveryLeadTime       {@code DeliveryDate} is now plus this
     */
    public record Requisitions(String service, String requisitionType, String purchasingOrganization,
                               String purchasingGroup, Optional<String> companyCode, String externalSystemId,
                               Duration deliveryLeadTime) {
        public Requisitions {
            requireText(service, "service");
            requireText(requisitionType, "requisitionType");
            requireText(purchasingOrganization, "purchasingOrganization");
            requireText(purchasingGroup, "purchasingGroup");
            Objects.requireNonNull(companyCode, "companyCode");
            requireText(externalSystemId, "externalSystemId");
            Objects.requireNonNull(deliveryLeadTime, "deliveryLeadTime");
        }
    }

    /**
     * @param service e.g. {@code API_EQUIPMENT}
     * @param links   per asset, its SAP equipment number and the master data SAP does not hold; the adapter
     *                reads and writes only equipment listed here
     */
    public record Equipment(String service, Map<AssetId, SapEquipmentLink> links) {
        public Equipment {
            requireText(service, "service");
            links = Map.copyOf(links);
            for (Map.Entry<AssetId, SapEquipmentLink> link : links.entrySet()) {
                if (!link.getKey().equals(link.getValue().asset().id())) {
                    throw new IllegalArgumentException("equipment link for " + link.getKey()
                            + " describes another asset: " + link.getValue().asset().id());
                }
            }
        }
    }

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
