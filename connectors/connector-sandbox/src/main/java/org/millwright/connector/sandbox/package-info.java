/**
 * The hub's adapter for the sandbox systems of record: {@link org.millwright.connector.sandbox.SandboxConnector}
 * serves every connector port over the sandbox's HTTP API and classifies every failure.
 */
package org.millwright.connector.sandbox;
