/** The {@code record} command: a simulated plant written to a recording file without a broker. */
package org.millwright.cli.internal.record;
