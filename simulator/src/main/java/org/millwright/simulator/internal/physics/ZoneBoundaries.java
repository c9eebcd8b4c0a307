package org.millwright.simulator.internal.physics;

import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

/**
 * ISO 20816-3 velocity zone boundaries in mm/s RMS, used to place healthy and failing vibration levels
 * (the detect module owns the hub's own copy for evaluation).
 */
record ZoneBoundaries(double ab, double bc, double cd) {

    static ZoneBoundaries of(MachineGroup group, SupportType support) {
        return switch (group) {
            case GROUP_1 -> support == SupportType.RIGID ? new ZoneBoundaries(2.3, 4.5, 7.1) : new ZoneBoundaries(3.5, 7.1, 11.0);
            case GROUP_2 -> support == SupportType.RIGID ? new ZoneBoundaries(1.4, 2.8, 4.5) : new ZoneBoundaries(2.3, 4.5, 7.1);
        };
    }
}
