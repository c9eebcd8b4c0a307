package org.millwright.connector.framework.internal;

import java.util.Optional;
import org.millwright.connector.NotificationRequest;
import org.millwright.connector.WorkManagement;
import org.millwright.connector.WorkRecord;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/** {@link WorkManagement} whose every call goes through the system's guarded pipeline. */
final class GuardedWorkManagement implements WorkManagement {
    private final GuardedCalls calls;
    private final WorkManagement adapter;

    GuardedWorkManagement(GuardedCalls calls, WorkManagement adapter) {
        this.calls = calls;
        this.adapter = adapter;
    }

    @Override
    public Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode) {
        return calls.call("findOpenWork", () -> adapter.findOpenWork(asset, failureMode));
    }

    @Override
    public Optional<WorkRecord> findByExternalReference(String externalReference) {
        return calls.call("findByExternalReference", () -> adapter.findByExternalReference(externalReference));
    }

    @Override
    public WorkRecord createNotification(NotificationRequest request) {
        return calls.callOnce("createNotification", () -> adapter.createNotification(request));
    }

    @Override
    public void completeNotification(String id, String externalReference) {
        calls.runOnce("completeNotification", () -> adapter.completeNotification(id, externalReference));
    }
}
