/** The end-to-end ingest benchmark: publishers, Mosquitto, a bare subscriber and the hub path, measured in one run. */
package org.millwright.bench.e2e;
