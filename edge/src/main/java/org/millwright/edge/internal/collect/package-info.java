/** Collectors (simulator, OPC UA, local MQTT) and the intake that filters their samples and writes them to the buffer in groups. */
package org.millwright.edge.internal.collect;
