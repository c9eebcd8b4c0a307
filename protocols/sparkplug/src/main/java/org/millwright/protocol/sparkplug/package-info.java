/** Sparkplug B 3.0 primary host application: subscribes to edge node groups, tracks BIRTH/DEATH sessions and turns mapped metrics into canonical signals. */
package org.millwright.protocol.sparkplug;
