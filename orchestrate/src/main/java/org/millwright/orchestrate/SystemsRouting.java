package org.millwright.orchestrate;

import org.millwright.model.AssetId;

/**
 * Which systems of record serve the work on an asset: configuration per site, so that one site runs on SAP for both
 * EAM and ERP while another uses Maximo for work and Tryton for stock and purchasing.
 */
@FunctionalInterface
public interface SystemsRouting {
    SystemsOfRecord forAsset(AssetId asset);

    /** Every asset is served by the same systems. */
    static SystemsRouting everywhere(SystemsOfRecord systems) {
        return asset -> systems;
    }
}
