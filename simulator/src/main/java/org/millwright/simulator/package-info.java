/**
 * A plant simulator that publishes realistic machine telemetry over real MQTT 5: load a
 * {@link org.millwright.simulator.PlantDefinition} with {@link org.millwright.simulator.PlantDefinitions}, compute
 * values with {@link org.millwright.simulator.PlantPhysics}, run it with
 * {@link org.millwright.simulator.PlantSimulator#start}.
 *
 * <h2>Topics (unified namespace)</h2>
 * <pre>
 * {enterprise}/{site}/{area}/{line}/{asset}/{signal}
 * e.g. acme/north/assembly/line-1/north-l1-motor-01/vibration
 * </pre>
 * {@code signal} is {@link org.millwright.model.SignalType#wireName()}:
 * <table>
 * <caption>signals</caption>
 * <tr><th>signal</th><th>unit</th><th>meaning</th></tr>
 * <tr><td>vibration</td><td>mm/s</td><td>broadband velocity RMS (ISO 20816-3)</td></tr>
 * <tr><td>bearing-temperature</td><td>degC</td><td>bearing housing temperature</td></tr>
 * <tr><td>current</td><td>A</td><td>motor phase current RMS</td></tr>
 * <tr><td>running</td><td>bool</td><td>1 running, 0 stopped</td></tr>
 * <tr><td>fault-code</td><td>code</td><td>active controller fault, 0 when none</td></tr>
 * </table>
 *
 * <h2>Payload</h2>
 * <pre>
 * {"ts":"2026-05-01T08:00:00.123Z","value":1.234,"unit":"mm/s","seq":17,"quality":"GOOD"}
 * </pre>
 * {@code ts} is the wall-clock time of the sample, ISO-8601 UTC with milliseconds; {@code unit} is
 * {@link org.millwright.model.SignalType#unit()}; {@code seq} counts the samples of one asset and signal from 1
 * (a gap means samples were dropped while the broker was unreachable); running and fault code are integers.
 * Messages are published with QoS 1 by default, content type {@code application/json}.
 *
 * <h2>Repair</h2>
 * The simulator subscribes to {@code millwright/events/maintenance-completed}; a message
 * {@code {"assetId":"north-l1-motor-01"}} replaces that asset's bearing, so the plant gets fixed when the hub
 * reports the work done.
 */
package org.millwright.simulator;
