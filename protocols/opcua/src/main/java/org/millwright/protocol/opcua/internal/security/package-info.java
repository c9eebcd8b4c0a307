/** The client's application certificate, the file-based trust store and the quarantine of rejected server certificates. */
package org.millwright.protocol.opcua.internal.security;
