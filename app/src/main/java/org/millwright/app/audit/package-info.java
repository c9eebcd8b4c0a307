/**
 * The audit trail: an append-only, hash-chained record of who or what acted on which subject, which
 * {@link org.millwright.app.audit.AuditTrail#verify()} checks link by link so that a changed, removed or inserted
 * event is detected.
 */
package org.millwright.app.audit;
