/** Safety checks around the embedded PostgreSQL data directory: its lock, its postmaster.pid and orphaned postmasters. */
package org.millwright.embedded.internal.postgres;
