/** The store-and-forward buffer: a bounded SQLite queue that numbers samples per source and keeps them until the hub's broker acknowledged them. */
package org.millwright.edge.internal.buffer;
