/** Ports the application implements for ingest: the asset catalogue and the durable dead-letter store. */
package org.millwright.ingest.spi;
