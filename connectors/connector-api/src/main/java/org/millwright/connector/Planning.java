package org.millwright.connector;

import java.util.Optional;

/** Port: production planning, which proposes maintenance windows. */
public interface Planning {
    Optional<MaintenanceWindow> findWindow(String externalReference);

    MaintenanceWindow proposeWindow(WindowRequest request);
}
