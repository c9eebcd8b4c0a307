/** OData V2 over HTTP to SAP Gateway: the CSRF handshake, the JSON conventions and the error body. */
package org.millwright.connector.sap.internal.odata;
