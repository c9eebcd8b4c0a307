/** HiveMQ CE specifics of the embedded broker: the generated config.xml and log-noise control. */
package org.millwright.embedded.internal.broker;
