/** The sandbox ERP: equipment master and status, stock, reservations and purchase requisitions. */
package org.millwright.sandbox.internal.erp;
