/** Internals of the partitioned pipeline: one owner thread per partition with a bounded queue and retry with backoff. */
package org.millwright.ingest.internal.pipeline;
