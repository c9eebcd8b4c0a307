/**
 * Sandbox systems of record — a small but real ERP, EAM, production planning and field service that the hub
 * reaches only over HTTP; start them with {@link org.millwright.sandbox.SandboxSystems#start}.
 *
 * <h2>Conventions</h2>
 * All bodies are JSON; timestamps are ISO-8601 UTC; every created record carries {@code createdAt} and
 * {@code externalReference}. Errors answer {@code {"error":{"code":"...","message":"..."}}}: 400 for
 * validation and malformed JSON (the message names the field or the parse problem), 404 for an unknown
 * record or route, 405 for a wrong method, 409 for an illegal status change, 422 for a business rule (short
 * stock, unknown equipment/material/notification/window referenced in a body), 503 for injected faults.
 * State lives in PostgreSQL schema {@code sandbox} (Flyway history {@code sandbox.sandbox_schema_history}) and
 * survives restarts. Ids are sequential per kind: notifications {@code 10000001}, reservations
 * {@code RES-0000001}, requisitions {@code PR-0000001}, assignments {@code FSA-0000001}, windows
 * {@code MW-0000001}.
 *
 * <p><b>No deduplication.</b> Like many real systems, the sandbox does not dedupe creates by external
 * reference: two POSTs create two records. The caller must look up by external reference before it creates.
 *
 * <h2>ERP</h2>
 * <ul>
 * <li>{@code GET /sandbox/erp/equipment} — array; {@code GET /sandbox/erp/equipment/{id}} — {@code {id, erpId,
 *     name, assetClass, enterprise, site, area, line, machineGroup, supportType, plant, status, spareParts:
 *     {"bearing-wear":[{material, quantity}]}, createdAt}}.</li>
 * <li>{@code PUT /sandbox/erp/equipment/{id}/status} {@code {status: RUNNING|DEGRADED|UNDER_MAINTENANCE|STOPPED,
 *     externalReference}} — the equipment; a change is kept in
 *     {@code GET /sandbox/erp/equipment/{id}/status-history} (setting the same status again records nothing).</li>
 * <li>{@code GET /sandbox/erp/stock?material=&plant=} — {@code {material, plant, onHand, reserved, available}}
 *     (404 for an unknown material, zeros for a plant without stock); {@code PUT /sandbox/erp/stock}
 *     {@code {material, plant, onHand}} sets the on-hand quantity (admin and tests).</li>
 * <li>{@code POST /sandbox/erp/reservations} {@code {externalReference, equipment, plant, items:[{material,
 *     quantity}]}} — 201 {@code {id, ..., status:"OPEN", createdAt}}; all items are reserved or none (422
 *     {@code insufficient_stock}). {@code GET /sandbox/erp/reservations?externalReference=&equipment=}.
 *     {@code POST /sandbox/erp/reservations/{id}/release} (stock back, status {@code RELEASED}) and
 *     {@code .../consume} (stock issued, status {@code CONSUMED}); repeating one is a no-op, the other one 409.</li>
 * <li>{@code POST /sandbox/erp/purchase-requisitions}, same body, no stock check; {@code GET} with the same
 *     filters.</li>
 * </ul>
 *
 * <h2>EAM</h2>
 * {@code POST /sandbox/eam/notifications} {@code {externalReference, equipment, failureMode, priority (1-4),
 * shortText, longText}} — 201 {@code {id, ..., status:"OPEN"}}; the short text is cut at 40 characters.
 * {@code GET /sandbox/eam/notifications?externalReference=&equipment=&failureMode=&status=}.
 * {@code PUT /sandbox/eam/notifications/{id}/status} {@code {status: OPEN|IN_PROCESS|COMPLETED,
 * externalReference?}} moves forward only (the same status is a no-op, backwards or a foreign external
 * reference is 409)
 * {@code DELETE /sandbox/eam/notifications/{id}} deletes a notification (200 with what was deleted, 404 when
 * unknown), as an EAM user may behind the hub's back; the hub's reconciliation then reports it missing.
 *
 * <h2>Planning</h2>
 * {@code POST /sandbox/planning/windows} {@code {externalReference, equipment, line, priority, earliestStart,
 * durationMinutes}} — 201 {@code {id, externalReference, equipment, line, priority, earliestStart, start, end,
 * createdAt}}: priority 1 starts at {@code earliestStart}, any other priority at {@code earliestStart} rounded
 * up to the full hour. {@code GET /sandbox/planning/windows?externalReference=}.
 *
 * <h2>Field service</h2>
 * {@code POST /sandbox/fsm/assignments} {@code {externalReference, equipment, notificationId, windowId,
 * instructions, callbackUrl}} — 201 {@code {id, technician, status:"ASSIGNED", dueAt, ...}}; technicians are
 * taken round-robin from a fixed crew of four. {@code GET /sandbox/fsm/assignments?externalReference=}.
 * After {@link org.millwright.sandbox.SandboxConfig#fieldServiceCompletionDelay()} the assignment becomes
 * {@code COMPLETED} and the sandbox POSTs {@code {assignmentId, externalReference, equipment, technician,
 * completedAt, notes}} to the callback URL. A scheduler sweeps the database for due assignments and
 * unacknowledged callbacks, retries a failed callback after
 * {@link org.millwright.sandbox.SandboxConfig#callbackRetryInterval()}, and records {@code callbackDeliveredAt}
 * on a 2xx; this works across restarts. Delivery is at least once.
 *
 * <h2>Admin and faults</h2>
 * {@code GET /sandbox/health} — {@code {"status":"UP"}}. {@code GET /sandbox/admin/faults} — every system's
 * settings; {@code PUT /sandbox/admin/faults/{erp|eam|planning|fsm}} {@code {latencyMs, errorRate (0..1),
 * outageUntil (ISO instant or null), loseResponseRate (0..1)}} (absent fields mean off);
 * {@code DELETE /sandbox/admin/faults} clears all. Faults apply only to that system's routes, never to admin
 * or health, and are kept in memory (a restart clears them):
 * <ul>
 * <li>outage: until {@code outageUntil} (by the configured clock) every request is answered 503 at once;</li>
 * <li>{@code errorRate}: that share of requests is answered 503 before anything is done;</li>
 * <li>{@code latencyMs}: the work is done and committed first, then the answer is delayed — a client that
 *     times out sees a failure although the record exists;</li>
 * <li>{@code loseResponseRate}: that share of requests is done and committed, then answered 503
 *     {@code response_lost}.</li>
 * </ul>
 * Random draws come from a {@link java.util.Random} seeded with
 * {@link org.millwright.sandbox.SandboxConfig#randomSeed()}.
 */
package org.millwright.sandbox;
