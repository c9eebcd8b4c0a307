package org.millwright.console.spi;

import java.util.List;
import java.util.Optional;

/**
 * What the console reads, implemented by the application. The console calls these methods on web request
 * threads, each time a fragment is rendered (on page load and after every coalesced change notification), so
 * they should answer from memory or a cheap query and must be safe to call concurrently.
 */
public interface ConsoleQueries {

    /** Every known asset with its current health, in the order the console should list them. */
    List<AssetHealthView> assets();

    /** Open and closed episodes, in the order the console should list them (newest first is usual). */
    List<EpisodeView> episodes();

    /** The episode with this id together with its workflow steps and evidence, or empty when unknown. */
    Optional<EpisodeDetailView> episode(String id);

    /** The recent vibration trend of an asset, or empty when unknown (or when the application keeps none). */
    default Optional<AssetTrendView> assetTrend(String assetId) {
        return Optional.empty();
    }

    /**
     * Current drift between the hub and its systems of record, with the last reconciliation run; empty when the
     * application does not reconcile (the console then says so and offers no "Reconcile now").
     */
    default Optional<ReconciliationView> reconciliation() {
        return Optional.empty();
    }

    /**
     * The one command of the console: starts a reconciliation run now ("Reconcile now") and answers its id at once,
     * before the run finishes; empty when the application does not reconcile.
     */
    default Optional<String> reconcileNow() {
        return Optional.empty();
    }
}
