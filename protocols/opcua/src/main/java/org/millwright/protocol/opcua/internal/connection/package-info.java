/** Building a Milo client and its subscription for one connection attempt, reconnect backoff, and classification of connection failures. */
package org.millwright.protocol.opcua.internal.connection;
