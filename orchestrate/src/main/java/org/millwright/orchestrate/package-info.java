/**
 * The maintenance workflow of one episode, as plain Java steps over the connector ports: every call to a system
 * of record goes through the {@link org.millwright.orchestrate.IdempotencyLedger}, keyed by (episode, step).
 * The BPMN engine that sequences the steps lives in {@code orchestrate.flowable}; this package knows nothing of it.
 */
package org.millwright.orchestrate;
