package org.millwright.simulator;

import java.util.Objects;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;

/**
 * One simulated machine: the hub's canonical {@link Asset} plus the data the simulator and the sandbox ERP
 * need about it.
 *
 * @param asset        canonical asset (id, name, class, ISA-95 location, ISO 20816-3 group and support)
 * @param ratedPowerKw rated power in kW; sets the motor current; must be positive
 * @param erpPlant     the ERP plant that maintains the asset, e.g. {@code N100}
 * @param erpId        the ERP equipment number, e.g. {@code EQ-10000001}
 */
public record SimAsset(Asset asset, double ratedPowerKw, String erpPlant, String erpId) {
    public SimAsset {
        Objects.requireNonNull(asset, "asset");
        if (!(ratedPowerKw > 0) || !Double.isFinite(ratedPowerKw)) {
            throw new IllegalArgumentException("ratedPowerKw must be a positive number: " + ratedPowerKw);
        }
        Texts.requireNonBlank(erpPlant, "erpPlant");
        Texts.requireNonBlank(erpId, "erpId");
    }

    /** The canonical asset id. */
    public AssetId id() {
        return asset.id();
    }
}
