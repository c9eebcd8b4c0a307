/** OPC UA ingest source: subscribes to configured server nodes with Eclipse Milo and turns their values into canonical signals, reconnecting and re-creating its subscription after outages. */
package org.millwright.protocol.opcua;
