package org.millwright.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

class Iso20816ZonesTest {
    private final Iso20816Zones zones = Iso20816Zones.defaults();

    @ParameterizedTest(name = "{0} {1} {2} mm/s is zone {3}")
    @CsvSource({
        // group 1, rigid: 2.3 / 4.5 / 7.1
        "GROUP_1, RIGID, 0.0, A", "GROUP_1, RIGID, 2.29, A", "GROUP_1, RIGID, 2.3, B", "GROUP_1, RIGID, 4.49, B",
        "GROUP_1, RIGID, 4.5, C", "GROUP_1, RIGID, 7.09, C", "GROUP_1, RIGID, 7.1, D", "GROUP_1, RIGID, 30, D",
        // group 1, flexible: 3.5 / 7.1 / 11.0
        "GROUP_1, FLEXIBLE, 0.0, A", "GROUP_1, FLEXIBLE, 3.49, A", "GROUP_1, FLEXIBLE, 3.5, B",
        "GROUP_1, FLEXIBLE, 7.09, B", "GROUP_1, FLEXIBLE, 7.1, C", "GROUP_1, FLEXIBLE, 10.99, C",
        "GROUP_1, FLEXIBLE, 11.0, D", "GROUP_1, FLEXIBLE, 30, D",
        // group 2, rigid: 1.4 / 2.8 / 4.5
        "GROUP_2, RIGID, 0.0, A", "GROUP_2, RIGID, 1.39, A", "GROUP_2, RIGID, 1.4, B", "GROUP_2, RIGID, 2.79, B",
        "GROUP_2, RIGID, 2.8, C", "GROUP_2, RIGID, 4.49, C", "GROUP_2, RIGID, 4.5, D", "GROUP_2, RIGID, 30, D",
        // group 2, flexible: 2.3 / 4.5 / 7.1
        "GROUP_2, FLEXIBLE, 0.0, A", "GROUP_2, FLEXIBLE, 2.29, A", "GROUP_2, FLEXIBLE, 2.3, B",
        "GROUP_2, FLEXIBLE, 4.49, B", "GROUP_2, FLEXIBLE, 4.5, C", "GROUP_2, FLEXIBLE, 7.09, C",
        "GROUP_2, FLEXIBLE, 7.1, D", "GROUP_2, FLEXIBLE, 30, D",
    })
    void classifiesVelocityByTheIso20816Table(MachineGroup group, SupportType support, double velocity, Zone zone) {
        assertThat(zones.classify(group, support, velocity)).isEqualTo(zone);
    }

    @Test
    void shipsTheTabulatedBoundariesAsDefaults() {
        assertThat(zones.boundaries(MachineGroup.GROUP_1, SupportType.RIGID)).isEqualTo(new ZoneBoundaries(2.3, 4.5, 7.1));
        assertThat(zones.boundaries(MachineGroup.GROUP_1, SupportType.FLEXIBLE))
                .isEqualTo(new ZoneBoundaries(3.5, 7.1, 11.0));
        assertThat(zones.boundaries(MachineGroup.GROUP_2, SupportType.RIGID)).isEqualTo(new ZoneBoundaries(1.4, 2.8, 4.5));
        assertThat(zones.boundaries(MachineGroup.GROUP_2, SupportType.FLEXIBLE))
                .isEqualTo(new ZoneBoundaries(2.3, 4.5, 7.1));
    }

    @Test
    void overridesOneCombinationWithoutTouchingTheOthers() {
        Iso20816Zones plant = zones.with(MachineGroup.GROUP_2, SupportType.RIGID, new ZoneBoundaries(1.0, 2.0, 3.0));

        assertThat(plant.classify(MachineGroup.GROUP_2, SupportType.RIGID, 2.0)).isEqualTo(Zone.C);
        assertThat(plant.boundaries(MachineGroup.GROUP_1, SupportType.RIGID))
                .isEqualTo(zones.boundaries(MachineGroup.GROUP_1, SupportType.RIGID));
        assertThat(zones.classify(MachineGroup.GROUP_2, SupportType.RIGID, 2.0)).isEqualTo(Zone.B);
        assertThat(plant).isNotEqualTo(zones);
    }

    @Test
    void rejectsBoundariesThatDoNotRise() {
        assertThatThrownBy(() -> new ZoneBoundaries(2.3, 2.3, 7.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rise strictly");
        assertThatThrownBy(() -> new ZoneBoundaries(0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTheBoundaryBelowEachZone() {
        assertThat(Zone.D.lowerBoundaryName()).isEqualTo("C/D");
        assertThat(Zone.B.lowerBoundaryName()).isEqualTo("A/B");
        assertThat(Zone.A.lowerBoundaryName()).isEmpty();
        assertThat(new ZoneBoundaries(2.3, 4.5, 7.1).lowerLimit(Zone.C)).isEqualTo(4.5);
    }
}
