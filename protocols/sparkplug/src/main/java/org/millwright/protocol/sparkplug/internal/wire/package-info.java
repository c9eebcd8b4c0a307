/** Sparkplug B wire format: topic namespace parsing, Tahu payload decoding and encoding, and the host STATE message. */
package org.millwright.protocol.sparkplug.internal.wire;
