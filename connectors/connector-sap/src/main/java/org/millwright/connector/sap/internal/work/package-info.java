/** Maintenance notifications in SAP: lookup by external reference, create once, find open work, complete. */
package org.millwright.connector.sap.internal.work;
