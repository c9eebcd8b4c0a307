/**
 * The generic REST connector: {@link org.millwright.connector.rest.RestConnector} serves every connector port from a
 * system described by a declarative {@link org.millwright.connector.rest.RestMapping} (YAML), without code.
 */
package org.millwright.connector.rest;
