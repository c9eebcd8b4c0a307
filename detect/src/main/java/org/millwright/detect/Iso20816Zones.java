package org.millwright.detect;

import java.util.Arrays;
import java.util.Objects;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

/**
 * The ISO 20816-3 zone table: velocity boundaries (mm/s RMS, broadband 10–1,000 Hz) per machine group and
 * support type. Immutable and thread-safe.
 *
 * <p>The {@linkplain #defaults() defaults} are the boundaries as tabulated in ISO 10816-3:2009 Annex A
 * (Tables A.1 and A.2) and carried into ISO 20816-3:2022:
 * <table>
 *   <caption>Default boundaries, mm/s RMS</caption>
 *   <tr><th>group / support</th><th>A/B</th><th>B/C</th><th>C/D</th></tr>
 *   <tr><td>group 1, rigid</td><td>2.3</td><td>4.5</td><td>7.1</td></tr>
 *   <tr><td>group 1, flexible</td><td>3.5</td><td>7.1</td><td>11.0</td></tr>
 *   <tr><td>group 2, rigid</td><td>1.4</td><td>2.8</td><td>4.5</td></tr>
 *   <tr><td>group 2, flexible</td><td>2.3</td><td>4.5</td><td>7.1</td></tr>
 * </table>
 * The standard's numbers are licensed content: they ship as configurable defaults. Verify them against a licensed
 * copy and override them per plant with {@link #with} or the {@code zoneBoundaries} section of a rule set.
 */
public final class Iso20816Zones {
    private static final int SUPPORTS = SupportType.values().length;
    private static final Iso20816Zones DEFAULTS = new Iso20816Zones(new ZoneBoundaries[] {
        new ZoneBoundaries(2.3, 4.5, 7.1), // GROUP_1, RIGID
        new ZoneBoundaries(3.5, 7.1, 11.0), // GROUP_1, FLEXIBLE
        new ZoneBoundaries(1.4, 2.8, 4.5), // GROUP_2, RIGID
        new ZoneBoundaries(2.3, 4.5, 7.1), // GROUP_2, FLEXIBLE
    });

    private final ZoneBoundaries[] table;

    private Iso20816Zones(ZoneBoundaries[] table) {
        this.table = table;
    }

    /** The ISO 20816-3 table as documented on this class. */
    public static Iso20816Zones defaults() {
        return DEFAULTS;
    }

    /** A copy of this table with other boundaries for one machine group and support type. */
    public Iso20816Zones with(MachineGroup group, SupportType support, ZoneBoundaries boundaries) {
        Objects.requireNonNull(boundaries, "boundaries");
        ZoneBoundaries[] copy = table.clone();
        copy[index(group, support)] = boundaries;
        return new Iso20816Zones(copy);
    }

    /** The boundaries for one machine group and support type. */
    public ZoneBoundaries boundaries(MachineGroup group, SupportType support) {
        return table[index(group, support)];
    }

    /**
     * The zone of a velocity; a value exactly on a boundary belongs to the higher zone.
     *
     * @param velocityMmS broadband vibration velocity, mm/s RMS
     */
    public Zone classify(MachineGroup group, SupportType support, double velocityMmS) {
        return boundaries(group, support).classify(velocityMmS);
    }

    private static int index(MachineGroup group, SupportType support) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(support, "support");
        return group.ordinal() * SUPPORTS + support.ordinal();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iso20816Zones zones && Arrays.equals(table, zones.table);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(table);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Iso20816Zones[");
        for (MachineGroup group : MachineGroup.values()) {
            for (SupportType support : SupportType.values()) {
                ZoneBoundaries b = boundaries(group, support);
                text.append(group).append('/').append(support).append('=')
                        .append(b.ab()).append('/').append(b.bc()).append('/').append(b.cd()).append(' ');
            }
        }
        return text.append(']').toString();
    }
}
