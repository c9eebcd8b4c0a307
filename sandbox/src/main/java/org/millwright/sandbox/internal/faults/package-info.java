/** Fault injection per sandbox system (outage, error rate, latency after commit, lost responses) and its admin routes. */
package org.millwright.sandbox.internal.faults;
