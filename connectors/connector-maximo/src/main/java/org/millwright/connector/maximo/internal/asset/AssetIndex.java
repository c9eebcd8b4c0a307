package org.millwright.connector.maximo.internal.asset;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.maximo.MaximoAssetLink;
import org.millwright.connector.maximo.internal.rest.MaximoHttp;
import org.millwright.model.AssetId;

/** The configured cross-reference between canonical assets and Maximo asset numbers, both ways. Immutable. */
public final class AssetIndex {
    private final Map<AssetId, MaximoAssetLink> byAsset;
    private final Map<String, AssetId> byAssetNum = new HashMap<>();

    public AssetIndex(Map<AssetId, MaximoAssetLink> links) {
        this.byAsset = Map.copyOf(links);
        for (MaximoAssetLink link : links.values()) {
            AssetId previous = byAssetNum.put(link.assetNum(), link.asset().id());
            if (previous != null) {
                throw new IllegalArgumentException("Maximo asset " + link.assetNum() + " is linked to two assets: "
                        + previous + " and " + link.asset().id());
            }
        }
    }

    public Optional<MaximoAssetLink> link(AssetId asset) {
        return Optional.ofNullable(byAsset.get(asset));
    }

    /** The asset's {@code assetnum}; a permanent failure for {@code operation} when none is configured. */
    public String assetNum(AssetId asset, String operation) {
        return link(asset).map(MaximoAssetLink::assetNum).orElseThrow(() -> ConnectorException.permanent(
                MaximoHttp.SYSTEM, operation, "no Maximo asset is configured for asset " + asset));
    }

    public Optional<AssetId> asset(String assetNum) {
        return Optional.ofNullable(byAssetNum.get(assetNum));
    }

    public Iterable<MaximoAssetLink> links() {
        return byAsset.values();
    }
}
