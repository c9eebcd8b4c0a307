/** Forwarding to the hub over MQTT 5: live samples at once, the backlog oldest first at a bounded rate, each removed from the buffer only after the broker's PUBACK. */
package org.millwright.edge.internal.forward;
