package org.millwright.connector.maximo;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.millwright.connector.EquipmentStatus;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

/**
 * Everything the Maximo adapter needs to know about one Maximo tenant. Site, organization, work type,
 * statuses, priorities and storerooms are per-tenant domain values, so they all live here.
 *
 * @param connection          where Maximo is and the API key
 * @param siteId              {@code siteid} every record is read from and written to
 * @param orgId               {@code orgid} sent on creates; empty lets Maximo derive it from the site
 * @param referenceAttribute  the attribute that carries the episode key on work orders, service requests and
 *                            requisitions, e.g. {@code externalrefid}; it must exist in the object structures
 * @param work                work orders or service requests
 * @param storerooms          Maximo storeroom ({@code location}) per hub plant; a plant not listed is used as
 *                            the storeroom name itself
 * @param requisitionLeadTime a requisition's {@code requireddate} is now plus this
 * @param assets              per asset, its Maximo {@code assetnum} and the master data Maximo does not hold
 * @param assetStatuses       the equipment status for each Maximo asset status
 */
public record MaximoConfig(Connection connection, String siteId, Optional<String> orgId, String referenceAttribute,
                           Work work, Map<String, String> storerooms, Duration requisitionLeadTime,
                           Map<AssetId, MaximoAssetLink> assets, Map<String, EquipmentStatus> assetStatuses) {
    /** Maximo's shipped asset statuses, mapped to the hub's equipment status. */
    public static final Map<String, EquipmentStatus> DEFAULT_ASSET_STATUSES = Map.of(
            "OPERATING", EquipmentStatus.RUNNING, "ACTIVE", EquipmentStatus.RUNNING,
            "LIMITEDUSE", EquipmentStatus.DEGRADED, "BROKEN", EquipmentStatus.STOPPED,
            "NOT READY", EquipmentStatus.STOPPED, "DECOMMISSIONED", EquipmentStatus.STOPPED);

    public MaximoConfig {
        Objects.requireNonNull(connection, "connection");
        requireText(siteId, "siteId");
        Objects.requireNonNull(orgId, "orgId");
        requireText(referenceAttribute, "referenceAttribute");
        if (!referenceAttribute.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("referenceAttribute must be a lower-case Maximo attribute name: "
                    + referenceAttribute);
        }
        Objects.requireNonNull(work, "work");
        storerooms = Map.copyOf(storerooms);
        Objects.requireNonNull(requisitionLeadTime, "requisitionLeadTime");
        assets = Map.copyOf(assets);
        assetStatuses = Map.copyOf(assetStatuses);
        for (Map.Entry<AssetId, MaximoAssetLink> link : assets.entrySet()) {
            if (!link.getKey().equals(link.getValue().asset().id())) {
                throw new IllegalArgumentException("asset link for " + link.getKey() + " describes another asset: "
                        + link.getValue().asset().id());
            }
        }
    }

    /**
     * @param apiRoot        the API-key route, e.g. {@code https://mx.example.com/maximo/api/}
     * @param apiKey         sent as the {@code apikey} header
     * @param requestTimeout connect timeout and the longest wait for each answer
     */
    public record Connection(URI apiRoot, String apiKey, Duration requestTimeout) {
        public Connection {
            Objects.requireNonNull(apiRoot, "apiRoot");
            requireText(apiKey, "apiKey");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            if (!apiRoot.isAbsolute() || !apiRoot.getPath().endsWith("/")) {
                throw new IllegalArgumentException("apiRoot must be absolute and end with '/', like "
                        + "https://mx.example.com/maximo/api/: " + apiRoot);
            }
            if (requestTimeout.isNegative() || requestTimeout.isZero()) {
                throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
            }
        }
    }

    /** Which Maximo record a maintenance notification becomes. */
    public enum WorkObject {
        /** A work order in {@code mxapiwo}, numbered by {@code wonum}: the rule is trusted to go straight to planning. */
        WORK_ORDER("mxapiwo", "wonum", "wopriority"),
        /** A service request in {@code mxapisr}, numbered by {@code ticketid}: request, triage, then work order. */
        SERVICE_REQUEST("mxapisr", "ticketid", "reportedpriority");

        private final String objectStructure;
        private final String idAttribute;
        private final String priorityAttribute;

        WorkObject(String objectStructure, String idAttribute, String priorityAttribute) {
            this.objectStructure = objectStructure;
            this.idAttribute = idAttribute;
            this.priorityAttribute = priorityAttribute;
        }

        public String objectStructure() {
            return objectStructure;
        }

        public String idAttribute() {
            return idAttribute;
        }

        public String priorityAttribute() {
            return priorityAttribute;
        }
    }

    /**
     * @param object         work orders or service requests
     * @param workType       {@code worktype} of created work orders and of the open-work query, e.g. {@code CM};
     *                       empty for service requests, which have none
     * @param openStatuses   statuses that count as open, e.g. WAPPR, APPR, INPRG, WMATL (work orders) or NEW,
     *                       QUEUED, INPROG (service requests)
     * @param completeStatus the status {@code changeStatus} sets on completion, e.g. {@code COMP} or {@code RESOLVED}
     * @param priorities     the priority per severity, e.g. TRIP → 1 ... ADVISORY → 4; every severity needed
     * @param reportedBy     {@code reportedby}, e.g. {@code IOTHUB}
     * @param problemCodes   {@code problemcode} per failure mode; sent on create and used to find open work
     */
    public record Work(WorkObject object, Optional<String> workType, Set<String> openStatuses, String completeStatus,
                       Map<Severity, Integer> priorities, Optional<String> reportedBy,
                       Map<FailureMode, String> problemCodes) {
        public Work {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(workType, "workType");
            openStatuses = Set.copyOf(openStatuses);
            if (openStatuses.isEmpty()) {
                throw new IllegalArgumentException("openStatuses must name at least one status");
            }
            requireText(completeStatus, "completeStatus");
            if (openStatuses.contains(completeStatus)) {
                throw new IllegalArgumentException("completeStatus " + completeStatus + " is also an open status");
            }
            priorities = Map.copyOf(new EnumMap<>(priorities));
            for (Severity severity : Severity.values()) {
                if (!priorities.containsKey(severity)) {
                    throw new IllegalArgumentException("priorities has no priority for severity " + severity);
                }
            }
            Objects.requireNonNull(reportedBy, "reportedBy");
            problemCodes = Map.copyOf(problemCodes);
        }
    }

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
