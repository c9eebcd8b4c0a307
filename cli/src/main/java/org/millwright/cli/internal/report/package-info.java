/** The self-contained HTML backtest report: downsampled signals as inline SVG with zones, thresholds and episodes. */
package org.millwright.cli.internal.report;
