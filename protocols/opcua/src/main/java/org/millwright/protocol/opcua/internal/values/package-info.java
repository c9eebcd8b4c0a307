/** Turns OPC UA data values and status codes into canonical signals and sample quality. */
package org.millwright.protocol.opcua.internal.values;
