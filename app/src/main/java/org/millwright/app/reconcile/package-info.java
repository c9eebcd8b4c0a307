/**
 * Reconciliation: per episode, what the hub believes (ledger, episode and workflow state) against what each system of
 * record holds, as drift by kind (missing in the system, status mismatch, unrecorded in the hub, unreachable), with the
 * one safe repair (a lost answer of a creating step) applied and audited; run on a schedule or on request.
 */
package org.millwright.app.reconcile;
