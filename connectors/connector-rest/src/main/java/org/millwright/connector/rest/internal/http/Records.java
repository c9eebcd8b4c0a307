package org.millwright.connector.rest.internal.http;

import org.millwright.connector.AssignmentRecord;
import org.millwright.connector.EquipmentRecord;
import org.millwright.connector.EquipmentStatus;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.RequisitionRecord;
import org.millwright.connector.ReservationRecord;
import org.millwright.connector.StockLevel;
import org.millwright.connector.WorkRecord;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

/** Builds the ports' records from the values read for an operation (component names as in {@code Operation}). */
public final class Records {
    private Records() {
    }

    public static EquipmentRecord equipment(RecordValues v) {
        Asset asset = new Asset(v.assetId("asset.id"), v.text("asset.name"),
                v.constant("asset.assetClass", AssetClass.class),
                new Isa95Location(v.text("asset.location.enterprise"), v.text("asset.location.site"),
                        v.text("asset.location.area"), v.text("asset.location.line")),
                v.constant("asset.machineGroup", MachineGroup.class), v.constant("asset.support", SupportType.class));
        return new EquipmentRecord(asset, v.text("erpId"), v.text("plant"),
                v.constant("status", EquipmentStatus.class), v.partsByMode("spareParts"));
    }

    public static WorkRecord work(RecordValues v) {
        return new WorkRecord(v.text("id"), v.text("externalReference"), v.assetId("asset"),
                v.failureMode("failureMode"), v.bool("open"));
    }

    public static StockLevel stock(RecordValues v) {
        return new StockLevel(v.text("material"), v.text("plant"), v.integer("available"));
    }

    public static ReservationRecord reservation(RecordValues v) {
        return new ReservationRecord(v.text("id"), v.text("externalReference"), v.parts("shortfall"));
    }

    public static RequisitionRecord requisition(RecordValues v) {
        return new RequisitionRecord(v.text("id"), v.text("externalReference"));
    }

    public static MaintenanceWindow window(RecordValues v) {
        return new MaintenanceWindow(v.text("id"), v.text("externalReference"), v.instant("start"), v.instant("end"));
    }

    public static AssignmentRecord assignment(RecordValues v) {
        return new AssignmentRecord(v.text("id"), v.text("externalReference"), v.text("technician"),
                v.bool("completed"));
    }
}
