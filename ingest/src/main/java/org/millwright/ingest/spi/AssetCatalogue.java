package org.millwright.ingest.spi;

import java.util.Optional;
import org.millwright.model.Asset;
import org.millwright.model.AssetId;

/**
 * Who is a known asset. Implemented by the application (from the ERP's equipment master).
 *
 * <p>Called by the decoder for every sample, from protocol threads: implementations must be thread-safe
 * and fast (cache in memory). An exception thrown here is an infrastructure failure, not bad wire data:
 * it propagates out of the decoder so that the sample is not acknowledged and stays redeliverable.
 */
@FunctionalInterface
public interface AssetCatalogue {

    /** The asset with this id, or empty when the hub does not know it. */
    Optional<Asset> find(AssetId id);
}
