package org.millwright.model;

/**
 * ISO 20816-3 machine group: {@code GROUP_1} large machines above 300 kW (or shaft height ≥ 315 mm),
 * {@code GROUP_2} medium machines of 15–300 kW (or 160 mm ≤ shaft height &lt; 315 mm).
 */
public enum MachineGroup {
    GROUP_1,
    GROUP_2
}
