/** Lean JSON over HTTP to Maximo's REST API: API key, transaction ids, the properties header and the error body. */
package org.millwright.connector.maximo.internal.rest;
