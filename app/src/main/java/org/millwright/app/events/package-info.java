/** The hub's business events: to the console, to the shop floor over MQTT, and to webhook subscribers. */
package org.millwright.app.events;
