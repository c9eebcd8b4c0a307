/** Embedded infrastructure of the single-JVM default mode: a durable local PostgreSQL and a loopback MQTT 5 broker. */
package org.millwright.embedded;
