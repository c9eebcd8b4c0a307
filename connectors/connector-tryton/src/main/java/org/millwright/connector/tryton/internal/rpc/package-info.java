/** Tryton's JSON-RPC over HTTP: the envelope, the value encodings, the error shapes and the session login. */
package org.millwright.connector.tryton.internal.rpc;
