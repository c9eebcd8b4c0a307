package org.millwright.connector;

import java.util.Optional;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/** Port: the EAM's maintenance notifications and work orders. */
public interface WorkManagement {
    /** An open notification or work order for this asset and failure mode, if the EAM already has one. */
    Optional<WorkRecord> findOpenWork(AssetId asset, FailureMode failureMode);

    /** The notification carrying this external reference, if any (lookup-before-create). */
    Optional<WorkRecord> findByExternalReference(String externalReference);

    WorkRecord createNotification(NotificationRequest request);

    /** Completes the notification; idempotent. */
    void completeNotification(String id, String externalReference);
}
