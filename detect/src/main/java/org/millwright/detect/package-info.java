/**
 * Condition detection: ISO 20816-3 vibration zones and threshold rules, loaded from YAML, evaluated by a pure
 * per-asset state machine that turns {@link org.millwright.model.Signal}s into condition events.
 */
package org.millwright.detect;
