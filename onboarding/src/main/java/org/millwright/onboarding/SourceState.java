package org.millwright.onboarding;

/**
 * Where a plant source stands.
 *
 * <pre>
 * CONNECTING ──ok──► CONNECTED ──lost──► RECONNECTING ──ok──► CONNECTED
 *      │                                       │
 *      └──── refused (credentials, certificate, broker down) ──► FAILED ──retry──► CONNECTED
 * any ──removed from the plant file, or the hub stops──► STOPPED
 * </pre>
 */
public enum SourceState {
    /** The first connection attempt is under way. */
    CONNECTING,
    /** Connected and subscribed: samples flow. */
    CONNECTED,
    /** The connection was lost; the source reconnects by itself. */
    RECONNECTING,
    /** The source could not connect; {@link SourceStatus#reason()} says why and what to do. Retried with backoff. */
    FAILED,
    /** The source was closed. */
    STOPPED
}
