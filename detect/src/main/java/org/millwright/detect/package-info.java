/**
 * Condition detection along ISO 13374 (state detection → health assessment → prognosis → advisory): ISO 20816-3
 * vibration zones, threshold rules and condition-monitoring rules (sliding-window features, per-asset learned
 * baseline, EWMA chart, ISO 20816-3 alarm/trip guidance, time-to-limit forecast), loaded from YAML and evaluated
 * by a pure per-asset state machine that turns {@link org.millwright.model.Signal}s into condition events;
 * {@link org.millwright.detect.Backtest} replays recordings offline.
 */
package org.millwright.detect;
