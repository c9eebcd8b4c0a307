/** The edge agent: runs next to the machines, collects, filters, buffers in SQLite and forwards to the hub without losing data through network outages. */
package org.millwright.edge;
