/** MQTT 5 clients with a persistent session that reconnect by themselves, shared by the forwarder and the MQTT collector. */
package org.millwright.edge.internal.mqtt;
