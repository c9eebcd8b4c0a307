/** MQTT 5 ingest source: subscribes to unified-namespace topics with a persistent session and feeds every publish to the ingest gateway, acknowledging it only when the hub no longer needs it. */
package org.millwright.protocol.mqtt;
