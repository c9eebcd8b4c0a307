/** Ingest API: decode protocol payloads into canonical signals, dead-letter what is rejected, and feed accepted signals through the partitioned pipeline. */
package org.millwright.ingest;
