/** SAP equipment master reads and the cross-reference between canonical assets and SAP equipment numbers. */
package org.millwright.connector.sap.internal.equipment;
