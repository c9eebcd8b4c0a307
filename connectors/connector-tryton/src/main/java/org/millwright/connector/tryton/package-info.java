/**
 * The hub's Tryton 6.0 adapter: {@link org.millwright.connector.tryton.TrytonConnector} serves the inventory and
 * procurement ports over Tryton's JSON-RPC, configured by {@link org.millwright.connector.tryton.TrytonConfig}.
 */
package org.millwright.connector.tryton;
