package org.millwright.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.SparePart;
import org.millwright.connector.StockLevel;
import org.millwright.model.Severity;

/** Requests and answers of the canonical business services ({@link BusinessServicesController}). */
final class BusinessServicesJson {
    private BusinessServicesJson() {
    }

    /** The external reference every system of record keeps: at most 20 characters, SAP's limit. */
    static final int REFERENCE_MAX = 20;

    record Item(@Schema(example = "SKF-6205-2RS") @NotBlank String material,
                @Schema(example = "2") @Positive int quantity) {
        static Item of(SparePart part) {
            return new Item(part.material(), part.quantity());
        }

        SparePart part() {
            return new SparePart(material, quantity);
        }

        static List<SparePart> parts(List<Item> items) {
            return items.stream().map(Item::part).toList();
        }

        static List<Item> of(List<SparePart> parts) {
            return parts.stream().map(Item::of).toList();
        }
    }

    record NotificationBody(
            @Schema(description = "your reference, kept in the record; lookups by it prevent duplicates",
                    example = "WO-REQ-4711") @NotBlank @Size(max = REFERENCE_MAX) String externalReference,
            @Schema(example = "north-l1-motor-01") @NotBlank String assetId,
            @Schema(example = "bearing-wear") @NotBlank String failureMode,
            @NotNull Severity severity,
            @Schema(example = "ALARM bearing-wear on north-l1-motor-01") @NotBlank @Size(max = 40) String shortText,
            @Schema(example = "vibration 7.9 mm/s in zone D (C/D 7.1 mm/s)") String longText) {
    }

    record PartsBody(
            @Schema(example = "WO-REQ-4711") @NotBlank @Size(max = REFERENCE_MAX) String externalReference,
            @Schema(example = "north-l1-motor-01") @NotBlank String assetId,
            @Schema(description = "ERP plant; the asset's plant from the equipment master when absent", example = "1000")
            String plant,
            @NotEmpty List<@Valid Item> items) {
    }

    record AvailabilityBody(@Schema(example = "north-l1-motor-01") @NotBlank String assetId,
                               @Schema(description = "ERP plant; the asset's plant when absent", example = "1000")
                               String plant,
                               @NotEmpty List<@Valid Item> items) {
    }

    record EquipmentStatusBody(@NotNull EquipmentStatus status,
                                  @Schema(example = "WO-REQ-4711") @NotBlank @Size(max = REFERENCE_MAX)
                                  String externalReference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Validation(@Schema(example = "north-l1-motor-01") String assetId, boolean valid,
                      @Schema(description = "why the asset is not valid") String reason,
                      @Schema(description = "the system of record that answered", example = "erp") String system,
                      Equipment equipment) {
    }

    record Equipment(@Schema(example = "EQ-100042") String erpId, @Schema(example = "1000") String plant,
                     String status, String name, String assetClass, String site, String area, String line,
                     String machineGroup, String support,
                     @Schema(description = "spare parts a repair needs, per failure mode")
                     Map<String, List<Item>> spareParts) {
        static Equipment of(EquipmentRecord record) {
            var asset = record.asset();
            Map<String, List<Item>> parts = new java.util.TreeMap<>();
            record.spareParts().forEach((mode, list) -> parts.put(mode.code(), Item.of(list)));
            return new Equipment(record.erpId(), record.plant(), record.status().name(), asset.name(),
                    asset.assetClass().name(), asset.location().site(), asset.location().area(),
                    asset.location().line(), asset.machineGroup().name(), asset.support().name(), parts);
        }
    }

    record Created(@Schema(description = "the record's id in the system of record", example = "10000042") String id,
                   @Schema(description = "the configured system that served the request", example = "eam")
                   String system,
                   @Schema(example = "WO-REQ-4711") String externalReference) {
    }

    record Availability(@Schema(example = "erp") String system, @Schema(example = "1000") String plant,
                        boolean allAvailable, List<Level> items) {
    }

    record Level(String material, int requested, int available, boolean covered) {
        static Level of(Item item, StockLevel level) {
            return new Level(item.material(), item.quantity(), level.available(), level.covers(item.quantity()));
        }
    }

    record ReservationAnswer(@Schema(example = "RES-0000017") String id, @Schema(example = "erp") String system,
                             String externalReference,
                             @Schema(description = "whether every item could be reserved") boolean complete,
                             @Schema(description = "what could not be reserved; requisition it") List<Item> shortfall) {
    }

    record EquipmentStatusAnswer(String assetId, String status, @Schema(example = "erp") String system) {
    }
}
