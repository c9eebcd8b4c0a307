package org.millwright.connector.tryton;

/**
 * What a reservation does when Tryton can assign only part of the stock ({@code assign_try} answers false and
 * splits the moves into an assigned and a draft part).
 */
public enum PartialStockPolicy {
    /**
     * Keep the internal shipment waiting with what could be assigned; the draft rest stays on it, so Tryton shows
     * the shipment as waiting for it. The shortfall is the unassigned rest.
     */
    KEEP_PARTIAL,
    /** Cancel the internal shipment, so nothing stays reserved; the shortfall is every requested item. */
    RELEASE_AND_REQUISITION_ALL
}
