/** Internals of sample decoding: unified-namespace topic parsing, JSON field reading and physical plausibility limits. */
package org.millwright.ingest.internal.decode;
