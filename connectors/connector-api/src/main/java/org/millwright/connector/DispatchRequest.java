package org.millwright.connector;

import java.net.URI;
import java.util.Objects;
import org.millwright.model.AssetId;

/**
 * Ask field service to send a technician. When the job is done, field service POSTs a completion to
 * {@code callbackUrl} carrying the assignment id and the external reference.
 */
public record DispatchRequest(String externalReference, AssetId asset, String notificationId, String windowId,
                              String instructions, URI callbackUrl) {
    public DispatchRequest {
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(windowId, "windowId");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
    }
}
