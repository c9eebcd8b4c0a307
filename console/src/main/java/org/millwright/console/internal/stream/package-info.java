/** Server-sent events: coalesced change notifications pushed to every open console page. */
package org.millwright.console.internal.stream;
