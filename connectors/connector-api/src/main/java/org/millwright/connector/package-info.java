/**
 * The ports a system of record can serve (asset master, work management, inventory, procurement, planning,
 * field service), their canonical records, and the one failure type every adapter throws. The workflow
 * calls only these; which system answers is configuration.
 */
package org.millwright.connector;
