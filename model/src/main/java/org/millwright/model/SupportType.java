package org.millwright.model;

/**
 * ISO 20816-3 support: rigid when the lowest natural frequency of machine and support is at least 25 %
 * above the main excitation frequency, flexible otherwise.
 */
public enum SupportType {
    RIGID,
    FLEXIBLE
}
