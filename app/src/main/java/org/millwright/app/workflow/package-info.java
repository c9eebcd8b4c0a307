/** The workflow's durable parts in the hub database (ledger, step journal, completion inbox) and the Flowable wiring. */
package org.millwright.app.workflow;
