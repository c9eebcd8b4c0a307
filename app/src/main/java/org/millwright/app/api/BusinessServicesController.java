package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.millwright.app.api.BusinessServicesJson.Availability;
import org.millwright.app.api.BusinessServicesJson.AvailabilityBody;
import org.millwright.app.api.BusinessServicesJson.Created;
import org.millwright.app.api.BusinessServicesJson.Equipment;
import org.millwright.app.api.BusinessServicesJson.EquipmentStatusAnswer;
import org.millwright.app.api.BusinessServicesJson.EquipmentStatusBody;
import org.millwright.app.api.BusinessServicesJson.Item;
import org.millwright.app.api.BusinessServicesJson.Level;
import org.millwright.app.api.BusinessServicesJson.NotificationBody;
import org.millwright.app.api.BusinessServicesJson.PartsBody;
import org.millwright.app.api.BusinessServicesJson.ReservationAnswer;
import org.millwright.app.api.BusinessServicesJson.Validation;
import org.millwright.app.api.IdempotentRequests.Answer;
import org.millwright.app.json.ModelModule;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.RequisitionRequest;
import org.millwright.connector.ReservationRequest;
import org.millwright.connector.StockLevel;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.orchestrate.MaintenanceServices;
import org.millwright.orchestrate.Reservation;
import org.millwright.orchestrate.Served;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * The canonical business services, version 1: the same services the maintenance workflow calls, served by whichever
 * system of record the systems configuration routes the asset's site to. Every answer names that system. Creating
 * operations need an {@code Idempotency-Key} header; failures are RFC 9457 problem details carrying the system of
 * record's own error text.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Business services", description = "Canonical maintenance services over the ERP and EAM, whichever serves"
        + " the asset's site; the workflow uses the same services")
public class BusinessServicesController {
    private static final String KEY = "Idempotency-Key";
    private static final String KEY_DOC = "unique per intended effect (e.g. a UUID): the same key and request get the"
            + " recorded answer again without a second record; another request with the key is refused (422)";

    private final MaintenanceServices services;
    private final IdempotentRequests idempotent;

    public BusinessServicesController(MaintenanceServices services, IdempotentRequests idempotent) {
        this.services = services;
        this.idempotent = idempotent;
    }

    @PostMapping("/assets/{assetId}/validation")
    @Operation(summary = "Validate an asset against the ERP equipment master",
            description = "valid=false with the reason when the equipment master does not know the asset")
    public Validation validateAsset(@PathVariable String assetId) {
        Served<Optional<EquipmentRecord>> found = services.findEquipment(asset(assetId));
        return found.value().map(record -> new Validation(assetId, true, null, found.system(), Equipment.of(record)))
                .orElseGet(() -> new Validation(assetId, false, "not in the equipment master of " + found.system(),
                        found.system(), null));
    }

    @PostMapping("/maintenance-notifications")
    @Operation(summary = "Create a maintenance notification in the EAM")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Created.class),
            examples = @ExampleObject("{\"id\":\"10000042\",\"system\":\"eam\",\"externalReference\":\"WO-REQ-4711\"}")))
    public ResponseEntity<JsonNode> createNotification(
            @Parameter(description = KEY_DOC) @RequestHeader(name = KEY, required = false) String key,
            @Valid @RequestBody NotificationBody body) {
        NotificationRequest request = new NotificationRequest(body.externalReference(), asset(body.assetId()),
                failureMode(body.failureMode()), body.severity(), body.shortText(),
                body.longText() == null ? "" : body.longText());
        return respond(idempotent.run(key, "create-notification", body, once -> {
            Served<String> id = services.createNotification(request, once);
            return created(new Created(id.value(), id.system(), body.externalReference()));
        }));
    }

    @PostMapping("/spare-part-availability")
    @Operation(summary = "Check what can still be reserved of spare parts at the asset's plant")
    public Availability checkAvailability(@Valid @RequestBody AvailabilityBody body) {
        AssetId asset = asset(body.assetId());
        String plant = plant(asset, body.plant());
        Served<List<StockLevel>> levels = services.availability(asset, plant, Item.parts(body.items()));
        List<Level> items = new ArrayList<>();
        for (int i = 0; i < body.items().size(); i++) {
            items.add(Level.of(body.items().get(i), levels.value().get(i)));
        }
        return new Availability(levels.system(), plant, items.stream().allMatch(Level::covered), items);
    }

    @PostMapping("/stock-reservations")
    @Operation(summary = "Reserve spare parts in the ERP",
            description = "when stock covers only part of the items, the answer's shortfall says what to requisition")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ReservationAnswer.class),
            examples = @ExampleObject("{\"id\":\"RES-0000017\",\"system\":\"erp\",\"externalReference\":\"WO-REQ-4711\","
                    + "\"complete\":false,\"shortfall\":[{\"material\":\"SKF-6205-2RS\",\"quantity\":1}]}")))
    public ResponseEntity<JsonNode> reserveStock(
            @Parameter(description = KEY_DOC) @RequestHeader(name = KEY, required = false) String key,
            @Valid @RequestBody PartsBody body) {
        AssetId asset = asset(body.assetId());
        return respond(idempotent.run(key, "reserve-stock", body, once -> {
            ReservationRequest request = new ReservationRequest(body.externalReference(), asset,
                    plant(asset, body.plant()), Item.parts(body.items()));
            Served<Reservation> reservation = services.reserveStock(request, once);
            return created(new ReservationAnswer(reservation.value().id(), reservation.system(),
                    body.externalReference(), reservation.value().shortfall().isEmpty(),
                    Item.of(reservation.value().shortfall())));
        }));
    }

    @PostMapping("/purchase-requisitions")
    @Operation(summary = "Create a purchase requisition in the ERP")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Created.class),
            examples = @ExampleObject("{\"id\":\"PR-0000009\",\"system\":\"erp\",\"externalReference\":\"WO-REQ-4711\"}")))
    public ResponseEntity<JsonNode> requestPurchase(
            @Parameter(description = KEY_DOC) @RequestHeader(name = KEY, required = false) String key,
            @Valid @RequestBody PartsBody body) {
        AssetId asset = asset(body.assetId());
        return respond(idempotent.run(key, "request-purchase", body, once -> {
            RequisitionRequest request = new RequisitionRequest(body.externalReference(), asset,
                    plant(asset, body.plant()), Item.parts(body.items()));
            Served<String> id = services.requestPurchase(request, once);
            return created(new Created(id.value(), id.system(), body.externalReference()));
        }));
    }

    @PutMapping("/assets/{assetId}/equipment-status")
    @Operation(summary = "Set the equipment status in the ERP", description = "setting the status it has is a no-op")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation =
            EquipmentStatusAnswer.class), examples = @ExampleObject(
            "{\"assetId\":\"north-l1-motor-01\",\"status\":\"RUNNING\",\"system\":\"erp\"}")))
    public ResponseEntity<JsonNode> updateEquipmentStatus(
            @Parameter(description = KEY_DOC) @RequestHeader(name = KEY, required = false) String key,
            @PathVariable String assetId, @Valid @RequestBody EquipmentStatusBody body) {
        AssetId asset = asset(assetId);
        return respond(idempotent.run(key, "update-equipment-status", Map.of("assetId", assetId, "body", body), once -> {
            var status = services.updateEquipmentStatus(asset, body.status(), body.externalReference(), once);
            return new Answer(200, ModelModule.MAPPER.valueToTree(new EquipmentStatusAnswer(assetId,
                    status.value().name(), status.system())));
        }));
    }

    private String plant(AssetId asset, String plant) {
        if (plant != null && !plant.isBlank()) {
            return plant;
        }
        return services.validateAsset(asset).value().plant();
    }

    private static Answer created(Object body) {
        return new Answer(HttpStatus.CREATED.value(), ModelModule.MAPPER.valueToTree(body));
    }

    private static ResponseEntity<JsonNode> respond(Answer answer) {
        return ResponseEntity.status(answer.status()).header("Idempotent-Replayed", String.valueOf(answer.replayed()))
                .body(answer.body());
    }

    private static AssetId asset(String id) {
        try {
            return AssetId.of(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "assetId: " + e.getMessage());
        }
    }

    private static FailureMode failureMode(String code) {
        try {
            return FailureMode.of(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "failureMode: " + e.getMessage());
        }
    }
}
