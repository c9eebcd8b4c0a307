/**
 * Inline SVG time charts of one signal with its zones, rule limits, episodes and forecast
 * ({@link org.millwright.chart.TimeChart}), drawn from a bounded, downsampled {@link org.millwright.chart.Series};
 * shared by the CLI's backtest report and the console's live trend so that both show the same plot. JDK only.
 */
package org.millwright.chart;
