package org.millwright.app;

/** Where the MQTT broker of the hub listens. */
public record BrokerAddress(String host, int port) {
}
