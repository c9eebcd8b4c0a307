package org.millwright.console;

/** The {@link ConsoleUpdates} used when no console runs. */
enum NoConsoleUpdates implements ConsoleUpdates {
    INSTANCE;

    @Override
    public void assetsChanged() {
        // no console to tell
    }

    @Override
    public void episodesChanged() {
        // no console to tell
    }

    @Override
    public String toString() {
        return "ConsoleUpdates.none()";
    }
}
