/**
 * Detection quality on the simulator's fleet: generate a plant, record it in simulated time, backtest the recording
 * with detect's shipped periodic rule set and with a plain fixed threshold, score both against the ground truth.
 */
package org.millwright.bench.quality;
