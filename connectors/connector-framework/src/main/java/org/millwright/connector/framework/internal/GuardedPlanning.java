package org.millwright.connector.framework.internal;

import java.util.Optional;
import org.millwright.connector.MaintenanceWindow;
import org.millwright.connector.Planning;
import org.millwright.connector.WindowRequest;

/** {@link Planning} whose every call goes through the system's guarded pipeline. */
final class GuardedPlanning implements Planning {
    private final GuardedCalls calls;
    private final Planning adapter;

    GuardedPlanning(GuardedCalls calls, Planning adapter) {
        this.calls = calls;
        this.adapter = adapter;
    }

    @Override
    public Optional<MaintenanceWindow> findWindow(String externalReference) {
        return calls.call("findWindow", () -> adapter.findWindow(externalReference));
    }

    @Override
    public MaintenanceWindow proposeWindow(WindowRequest request) {
        return calls.callOnce("proposeWindow", () -> adapter.proposeWindow(request));
    }
}
