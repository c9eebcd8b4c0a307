/** The embedded infrastructure of the single-JVM default: PostgreSQL, MQTT broker and the sandbox systems of record. */
package org.millwright.app.infra;
