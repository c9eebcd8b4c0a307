package org.millwright.connector;

import java.util.Objects;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;
import org.millwright.model.Severity;

/**
 * Ask the EAM to open a maintenance notification.
 *
 * @param externalReference the episode key; the dedupe key in the EAM
 * @param asset             the affected asset
 * @param failureMode       the suspected failure mode
 * @param severity          drives the notification priority
 * @param shortText         one line (systems truncate, SAP at 40 characters)
 * @param longText          the evidence, for the technician
 */
public record NotificationRequest(String externalReference, AssetId asset, FailureMode failureMode,
                                  Severity severity, String shortText, String longText) {
    public NotificationRequest {
        Objects.requireNonNull(externalReference, "externalReference");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(failureMode, "failureMode");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(shortText, "shortText");
        Objects.requireNonNull(longText, "longText");
    }
}
