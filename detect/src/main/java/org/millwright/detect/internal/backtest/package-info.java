/** Reading recorded telemetry (JSON lines or CSV) into samples for a backtest. */
package org.millwright.detect.internal.backtest;
