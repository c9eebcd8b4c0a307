/** The agent's tiny local status endpoint ({@code GET /status} on 127.0.0.1). */
package org.millwright.edge.internal.status;
