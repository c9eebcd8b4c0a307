package org.millwright.console;

/**
 * Tells the console that what {@link org.millwright.console.spi.ConsoleQueries} answers has changed, so that
 * open browsers re-fetch the affected part of the page.
 *
 * <p>Both methods are cheap, never block and may be called from any thread as often as changes happen:
 * notifications are coalesced, so browsers are told at most a few times per second per kind
 * ({@code millwright.console.min-push-interval}), and the last change is never lost.
 *
 * <p>The console's auto-configuration always provides a bean of this type; when the console is switched off
 * ({@code millwright.console.enabled=false}) or the application is not a servlet web application it is
 * {@link #none()}, so callers never need to check.
 */
public interface ConsoleUpdates {

    /** Asset health, zones or last samples changed. */
    void assetsChanged();

    /** An episode, its workflow steps or its record numbers changed. */
    void episodesChanged();

    /** Updates that go nowhere, for when no console runs. */
    static ConsoleUpdates none() {
        return NoConsoleUpdates.INSTANCE;
    }
}
