package org.millwright.connector;

import java.util.List;
import java.util.Objects;
import org.millwright.model.AssetId;

/** Ask purchasing to buy spare parts for the work on an asset; {@code externalReference} is the episode key. */
public record RequisitionRequest(String externalReference, AssetId asset, String plant, List<SparePart> items) {
    public RequisitionRequest {
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(plant, "plant");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a requisition needs at least one item");
        }
    }
}
