package org.millwright.detect;

/**
 * The three velocity boundaries (mm/s RMS) that split the range into {@link Zone}s for one machine group and
 * support type. A value exactly on a boundary belongs to the higher zone.
 *
 * @param ab boundary between zones A and B
 * @param bc boundary between zones B and C
 * @param cd boundary between zones C and D
 */
public record ZoneBoundaries(double ab, double bc, double cd) {
    /** @throws IllegalArgumentException unless {@code 0 < ab < bc < cd} and all are finite */
    public ZoneBoundaries {
        if (!(Double.isFinite(cd) && ab > 0 && ab < bc && bc < cd)) {
            throw new IllegalArgumentException(
                    "zone boundaries must be finite and rise strictly above 0 (A/B < B/C < C/D): " + ab + ", " + bc + ", " + cd);
        }
    }

    /** The zone of a velocity in mm/s RMS; values below zero (sensor offset) count as zone A. */
    public Zone classify(double velocityMmS) {
        if (Double.isNaN(velocityMmS)) {
            throw new IllegalArgumentException("velocity must be a number");
        }
        if (velocityMmS >= cd) {
            return Zone.D;
        }
        if (velocityMmS >= bc) {
            return Zone.C;
        }
        return velocityMmS >= ab ? Zone.B : Zone.A;
    }

    /** The velocity at which {@code zone} starts: 0 for A, otherwise its lower boundary. */
    public double lowerLimit(Zone zone) {
        return switch (zone) {
            case A -> 0.0;
            case B -> ab;
            case C -> bc;
            case D -> cd;
        };
    }
}
