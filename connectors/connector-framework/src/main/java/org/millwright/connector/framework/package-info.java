/**
 * The connector framework: {@link org.millwright.connector.framework.ResilientConnectors} wraps every connector port
 * of a system of record in timeouts, retries, a circuit breaker, a bulkhead, a rate limit and metrics.
 */
package org.millwright.connector.framework;
