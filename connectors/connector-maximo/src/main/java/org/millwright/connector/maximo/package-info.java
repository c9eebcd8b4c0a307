/**
 * The hub's IBM Maximo adapter: {@link org.millwright.connector.maximo.MaximoConnector} serves the connector ports
 * over Maximo's REST API, configured per tenant by {@link org.millwright.connector.maximo.MaximoConfig}.
 */
package org.millwright.connector.maximo;
