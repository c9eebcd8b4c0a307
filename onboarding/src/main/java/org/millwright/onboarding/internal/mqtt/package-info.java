/** MQTT sources with the plant's own topic layout and JSON payloads. */
package org.millwright.onboarding.internal.mqtt;
