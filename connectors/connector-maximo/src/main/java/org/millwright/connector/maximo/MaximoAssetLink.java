package org.millwright.connector.maximo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.millwright.connector.SparePart;
import org.millwright.model.Asset;
import org.millwright.model.FailureMode;

/**
 * The cross-reference from a canonical asset to its Maximo {@code assetnum}, plus what the hub needs and
 * {@code mxapiasset} does not give: class, ISA-95 location, ISO 20816 group and support, and the spare parts
 * per failure mode. {@link Asset#name()} is replaced by Maximo's {@code description} when read.
 */
public record MaximoAssetLink(String assetNum, Asset asset, Map<FailureMode, List<SparePart>> spareParts) {
    public MaximoAssetLink {
        MaximoConfig.requireText(assetNum, "assetNum");
        Objects.requireNonNull(asset, "asset");
        spareParts = Map.copyOf(spareParts);
    }
}
