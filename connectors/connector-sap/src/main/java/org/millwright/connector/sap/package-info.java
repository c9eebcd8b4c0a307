/**
 * The hub's SAP S/4HANA adapter: {@link org.millwright.connector.sap.SapConnector} serves the connector ports over
 * OData V2, configured per tenant by {@link org.millwright.connector.sap.SapConfig}.
 */
package org.millwright.connector.sap;
