/** What every plant source shares: the intake into the hub's pipeline, counters, and supervised connection attempts. */
package org.millwright.onboarding.internal.runtime;
