/** The simulator's MQTT 5 side: topic names, sample and repair-message codecs, and the broker connection. */
package org.millwright.simulator.internal.mqtt;
