/** SAP materials management: stock, reservations and purchase requisitions, each created at most once per reference. */
package org.millwright.connector.sap.internal.logistics;
