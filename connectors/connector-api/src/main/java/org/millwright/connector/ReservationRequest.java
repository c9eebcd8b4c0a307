package org.millwright.connector;

import java.util.List;
import java.util.Objects;
import org.millwright.model.AssetId;

/** Reserve spare parts at a plant for the work on an asset; {@code externalReference} is the episode key. */
public record ReservationRequest(String externalReference, AssetId asset, String plant, List<SparePart> items) {
    public ReservationRequest {
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(plant, "plant");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a reservation needs at least one item");
        }
    }
}
