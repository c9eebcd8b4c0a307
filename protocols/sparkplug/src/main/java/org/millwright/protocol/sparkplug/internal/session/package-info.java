/** Per edge node and device session state (bdSeq, seq, alias maps) and the host's reaction to each Sparkplug message. */
package org.millwright.protocol.sparkplug.internal.session;
